import { z } from 'zod';

/** Stable error codes returned by the HTTP API as `{ code, message }`. */
export const ErrorCode = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  AUTH_REQUIRED: 'AUTH_REQUIRED',
  AUTH_INVALID_CREDENTIALS: 'AUTH_INVALID_CREDENTIALS',
  AUTH_LOCKED: 'AUTH_LOCKED',
  AUTH_CSRF: 'AUTH_CSRF',
  /** A new password is too easy to guess (common word, pattern, repetition, breached shape). */
  AUTH_PASSWORD_WEAK: 'AUTH_PASSWORD_WEAK',
  /** A password-reset or email-confirmation link that is unknown, used or expired. */
  AUTH_LINK_INVALID: 'AUTH_LINK_INVALID',
  FORBIDDEN: 'FORBIDDEN',
  WORKSPACE_NOT_FOUND: 'WORKSPACE_NOT_FOUND',
  MEMBER_NOT_FOUND: 'MEMBER_NOT_FOUND',
  LAST_OWNER: 'LAST_OWNER',
  PAIR_INVALID: 'PAIR_INVALID',
  INVITE_INVALID: 'INVITE_INVALID',
  INVITE_EXPIRED: 'INVITE_EXPIRED',
  INVITE_EMAIL_TAKEN: 'INVITE_EMAIL_TAKEN',
  /** Mail is configured, so only the mailed link confirms an address, not an owner. */
  INVITE_CONFIRM_BY_MAIL: 'INVITE_CONFIRM_BY_MAIL',
  /** Nobody has answered the invitation yet, so there is nothing to confirm. */
  INVITE_NOT_ANSWERED: 'INVITE_NOT_ANSWERED',
  RATE_LIMITED: 'RATE_LIMITED',
  NOT_FOUND: 'NOT_FOUND',
  DOC_NOT_FOUND: 'DOC_NOT_FOUND',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  VERSION_NOT_FOUND: 'VERSION_NOT_FOUND',
  SIGNOFF_NOT_ALLOWED: 'SIGNOFF_NOT_ALLOWED',
  THREAD_NOT_FOUND: 'THREAD_NOT_FOUND',
  /** Only owners adopt a new policy profile version. */
  POLICY_NOT_ALLOWED: 'POLICY_NOT_ALLOWED',
  /** The policy changed since the version the change was made on. */
  POLICY_CONFLICT: 'POLICY_CONFLICT',
  /** The document's type has no export in the format asked for (a note as .xlsx). */
  EXPORT_UNSUPPORTED: 'EXPORT_UNSUPPORTED',
  /** PDF export needs a Chinese font on the server (Debian: fonts-noto-cjk); 503 until then. */
  EXPORT_FONT_MISSING: 'EXPORT_FONT_MISSING',
  /** Too many files are being laid out at once; 503 with Retry-After, try again shortly. */
  EXPORT_BUSY: 'EXPORT_BUSY',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const ErrorBody = z.object({ code: z.string(), message: z.string() });
export type ErrorBody = z.infer<typeof ErrorBody>;
