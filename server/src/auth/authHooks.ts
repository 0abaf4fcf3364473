import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import { ErrorCode, SESSION_COOKIE } from '@tandem/protocol';
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
 * Resolves the caller on every request (bearer token, else session cookie) and requires a CSRF
 * token on cookie-authenticated mutations. Bearer clients are not exposed to CSRF: a browser
 * never attaches that header on its own.
 */
export async function registerAuthHooks(app: FastifyInstance, auth: AuthService): Promise<void> {
  await app.register(fastifyCookie);
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, signed: false },
  });
  app.decorateRequest('principal', null);

  app.addHook('onRequest', async (req) => {
    req.principal = await resolvePrincipal(req, auth);
  });

  app.addHook('preHandler', async (req, reply) => {
    if (!UNSAFE.has(req.method) || req.principal?.via !== 'cookie') return;
    await new Promise<void>((resolve, reject) => {
      app.csrfProtection(req, reply, (err?: Error) =>
        err
          ? reject(new AppError(ErrorCode.AUTH_CSRF, 403, 'missing or invalid CSRF token'))
          : resolve(),
      );
    });
  });
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
