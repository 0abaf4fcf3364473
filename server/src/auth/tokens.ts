import { createHmac } from 'node:crypto';

// Sign-in and link tokens are made and hashed where they are stored.
export { hashToken, newToken } from '../persistence';

/**
 * The CSRF token of a sign-in: a MAC of a fixed label keyed by the session token itself. Only
 * whoever holds the session (the httpOnly cookie never reaches page scripts) can compute it, it
 * works with that session alone, and any node can check it without shared state.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('tandem csrf v1').digest('base64url');
}
