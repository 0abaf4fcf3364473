import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { describeApiError } from './describeApiError';
import { ApiError } from './http';

/** The key and options the sentence is looked up with, instead of a language. */
const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

describe('describeApiError', () => {
  it('says to wait when the server counted too many requests, instead of a bare 429', () => {
    expect(describeApiError(t, new ApiError(429, 'RATE_LIMITED', 'too many'))).toBe(
      'errors.rateLimited',
    );
    expect(describeApiError(t, new ApiError(500, 'INTERNAL', 'boom'))).toBe(
      'errors.server {"status":500}',
    );
    expect(describeApiError(t, new ApiError(400, 'VALIDATION_FAILED', 'bad'))).toBe(
      'errors.validation {"message":"bad"}',
    );
  });
});
