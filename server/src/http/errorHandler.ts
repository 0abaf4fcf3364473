import { ErrorCode } from '@tandem/protocol';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, StoreError } from '../errors';

/** One place that turns errors into `{ code, message }`; a 5xx never shows internals. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      if (err.retryAfter !== undefined) reply.header('retry-after', String(err.retryAfter));
      return reply.code(err.statusCode).send({ code: err.code, message: err.message });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const message = err.validation
        .map((v) => `${v.instancePath.replace(/^\//, '') || 'body'}: ${v.message}`)
        .join('; ');
      return reply.code(400).send({ code: ErrorCode.VALIDATION_FAILED, message });
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply
        .code(413)
        .send({ code: ErrorCode.PAYLOAD_TOO_LARGE, message: 'request body too large' });
    }
    const status = err.statusCode ?? 500;
    if (status < 500) {
      return reply.code(status).send({ code: clientErrorCode(err, status), message: err.message });
    }
    if (err instanceof StoreError) {
      req.log.error({ err }, 'store unavailable');
      return reply
        .code(503)
        .send({ code: ErrorCode.STORE_UNAVAILABLE, message: 'storage is unavailable; try again' });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send({ code: ErrorCode.INTERNAL, message: 'internal error' });
  });
}

/** Codes for 4xx errors raised by Fastify or its plugins rather than by our own code. */
function clientErrorCode(err: FastifyError, status: number): ErrorCode {
  if (err.code?.startsWith('FST_CSRF')) return ErrorCode.AUTH_CSRF;
  switch (status) {
    case 401:
      return ErrorCode.AUTH_REQUIRED;
    case 403:
      return ErrorCode.FORBIDDEN;
    case 404:
      return ErrorCode.NOT_FOUND;
    case 413:
      return ErrorCode.PAYLOAD_TOO_LARGE;
    case 429:
      return ErrorCode.RATE_LIMITED;
    default:
      return ErrorCode.VALIDATION_FAILED;
  }
}
