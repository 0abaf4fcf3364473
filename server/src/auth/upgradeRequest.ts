import type { IncomingMessage } from 'node:http';
import { SESSION_COOKIE } from '@tandem/protocol';
import { parseCookie } from 'cookie';

/**
 * An `Origin` the app may be used from: its own host (the request's `Host`), or one listed in
 * TANDEM_ALLOWED_ORIGINS. Socket upgrades are not covered by CORS, so each endpoint checks this
 * before it trusts a browser's cookie.
 */
export function isAllowedOrigin(
  origin: string,
  req: IncomingMessage,
  allowed: readonly string[],
): boolean {
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false; // not a URL: not an origin we know
  }
}

/** The session cookie an upgrade request carries, if any. */
export function sessionCookieOf(req: IncomingMessage): string | null {
  const header = req.headers.cookie;
  return (header && parseCookie(header)[SESSION_COOKIE]) || null;
}
