import { ErrorCode } from '@tandem/protocol';
import type { TFunction } from 'i18next';
import { type ApiError, describeApiError } from '../api';

const EXPLAINED = [
  ErrorCode.LAST_OWNER,
  ErrorCode.FORBIDDEN,
  ErrorCode.MEMBER_NOT_FOUND,
  ErrorCode.PAIR_INVALID,
  ErrorCode.INVITE_EMAIL_TAKEN,
  ErrorCode.INVITE_INVALID,
  ErrorCode.WORKSPACE_NOT_FOUND,
  ErrorCode.RATE_LIMITED,
] as const;
type Explained = (typeof EXPLAINED)[number];

const isExplained = (code: string | null): code is Explained =>
  (EXPLAINED as readonly (string | null)[]).includes(code);

/** A sentence for a failed workspace action that says why, not just the status code. */
export function describeWorkspaceError(t: TFunction, error: ApiError): string {
  if (isExplained(error.code)) return t(`workspace.errors.${error.code}`);
  return describeApiError(t, error);
}
