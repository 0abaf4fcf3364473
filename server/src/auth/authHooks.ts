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

export async function resolvePrincipal(
  req: FastifyRequest,
  auth: AuthService,
  queryToken?: string,
): Promise<Principal | null> {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return auth.authenticate(header.slice(7).trim(), 'bearer');
  if (queryToken) return auth.authenticate(queryToken, 'bearer');
  const cookie = req.cookies?.[SESSION_COOKIE];
  return cookie ? auth.authenticate(cookie, 'cookie') : null;
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
