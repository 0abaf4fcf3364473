import { ErrorCode } from '@tandem/protocol';

/** An error meant for the client: a stable code, an HTTP status and a safe message. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly statusCode: number,
    message: string,
    /** Seconds a client should wait before trying again (a 503's `Retry-After`). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const docNotFound = (): AppError =>
  new AppError(ErrorCode.DOC_NOT_FOUND, 404, 'document not found');

/** Raised by a DocumentStore that cannot read or write; never hides as an empty document. */
export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
  }
}
