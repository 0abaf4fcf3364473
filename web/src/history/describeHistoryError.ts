import { ErrorCode } from '@tandem/protocol';
import type { TFunction } from 'i18next';
import { type ApiError, describeApiError } from '../api';

/** The server's refusal in words; the history-specific ones first, then the app's general ones. */
export function describeHistoryError(t: TFunction, error: ApiError): string {
  if (error.code === ErrorCode.SIGNOFF_NOT_ALLOWED) return t('history.errors.signoffNotAllowed');
  if (error.code === ErrorCode.FORBIDDEN) return t('history.errors.forbidden');
  if (error.code === ErrorCode.VERSION_NOT_FOUND) return t('history.errors.versionNotFound');
  return describeApiError(t, error);
}
