import { timingSafeEqual } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import { CSRF_HEADER, ErrorCode, SESSION_COOKIE } from '@tandem/protocol';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors';
import type { AuthService, Principal } from './AuthService';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves the caller on every request (bearer token, else session cookie) and requires the
 * session's CSRF token on cookie-authenticated mutations. The token is derived from the session
 * (see `csrfTokenFor`), so one issued to another sign-in, or planted with a cookie, is refused.
 * Bearer clients are not exposed to CSRF: a browser never attaches that header on its own.
 */
export async function registerAuthHooks(app: FastifyInstance, auth: AuthService): Promise<void> {
  await app.register(fastifyCookie);
  app.decorateRequest('principal', null);

  app.addHook('onRequest', async (req) => {
    req.principal = await resolvePrincipal(req, auth);
  });

  app.addHook('preHandler', async (req) => {
    if (!UNSAFE.has(req.method) || req.principal?.via !== 'cookie') return;
    const sent = req.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameSecret(sent, req.principal.csrfToken)) {
      throw new AppError(ErrorCode.AUTH_CSRF, 403, 'missing or invalid CSRF token');
    }
  });
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** How a caller may prove who they are; the first one present is the one tried. */
export interface Credentials {
  /** The `Authorization` header; only `Bearer <token>` counts. */
  authorization?: string | null;
  /** A bearer token from elsewhere, e.g. the sync socket's `?token=`. */
  token?: string | null;
  sessionCookie?: string | null;
}

export function principalFrom(auth: AuthService, c: Credentials): Promise<Principal | null> {
  if (c.authorization?.startsWith('Bearer ')) {
    return auth.authenticate(c.authorization.slice(7).trim(), 'bearer');
  }
  if (c.token) return auth.authenticate(c.token, 'bearer');
  return c.sessionCookie ? auth.authenticate(c.sessionCookie, 'cookie') : Promise.resolve(null);
}

export function resolvePrincipal(
  req: FastifyRequest,
  auth: AuthService,
): Promise<Principal | null> {
  return principalFrom(auth, {
    authorization: req.headers.authorization,
    sessionCookie: req.cookies?.[SESSION_COOKIE],
  });
}

export function requirePrincipal(req: FastifyRequest): Principal {
  if (!req.principal) throw new AppError(ErrorCode.AUTH_REQUIRED, 401, 'sign in first');
  return req.principal;
}

export function setSessionCookie(
  req: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: number,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: req.protocol === 'https',
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
