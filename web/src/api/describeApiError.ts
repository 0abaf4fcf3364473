import { ErrorCode } from '@tandem/protocol';
import type { TFunction } from 'i18next';
import type { ApiError } from './http';

/** A user-facing sentence for an API failure, in the current language. */
export function describeApiError(t: TFunction, error: ApiError): string {
  if (error.isNetwork) return t('errors.network');
  if (error.status === 400) return t('errors.validation', { message: error.message });
  if (error.code === ErrorCode.RATE_LIMITED) return t('errors.rateLimited');
  return t('errors.server', { status: error.status });
}
