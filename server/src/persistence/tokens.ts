import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, url-safe. Only its hash is stored, so a database leak yields no tokens. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
