import { createHash, createHmac, randomBytes } from 'node:crypto';

/** 256 random bits, url-safe. Only its hash is stored, so a database leak yields no tokens. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/**
 * The CSRF token of a sign-in: a MAC of a fixed label keyed by the session token itself. Only
 * whoever holds the session (the httpOnly cookie never reaches page scripts) can compute it, it
 * works with that session alone, and any node can check it without shared state.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('tandem csrf v1').digest('base64url');
}
