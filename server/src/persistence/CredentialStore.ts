export interface PendingSignup {
  id: string;
  invitationId: string;
  name: string;
  passwordHash: string;
  createdAt: number;
  expiresAt: number;
}

/**
 * What proves and replaces passwords: sign-ups waiting for their address to be confirmed,
 * single-use reset links, password changes and revoking every sign-in of an account. Links are
 * stored only as hashes; each is used at most once (taking one marks it used in the same step,
 * so two requests with one link never both get it). Asynchronous, so a driver may answer over
 * the network (PostgreSQL) as well as from a file.
 */
export interface CredentialStore {
  /** A sign-up waiting for the mailed token; only the token's hash is kept. */
  createPendingSignup(input: Omit<PendingSignup, 'id' | 'createdAt'>): Promise<{ token: string }>;
  /** Takes a live sign-up by its mailed token: null when unknown, used or expired. */
  takePendingByToken(token: string): Promise<PendingSignup | null>;
  /** Takes the newest live sign-up of an invitation, for an owner's confirmation. */
  takeLatestPending(invitationId: string): Promise<PendingSignup | null>;
  /** Invitations (of the given ones) that someone answered and that wait for confirmation. */
  awaitingConfirmation(invitationIds: readonly string[]): Promise<Set<string>>;

  /** A reset link for the account, live for `ttlMs`. */
  createReset(userId: string, ttlMs: number): Promise<{ token: string }>;
  /** The account a live reset link is for, without using it up. */
  peekReset(token: string): Promise<string | null>;
  /** Marks a reset link used and returns its account; null when unknown, used or expired. */
  takeReset(token: string): Promise<string | null>;
  /** Sets a new password hash and voids the account's other reset links, in one step. */
  setPassword(userId: string, passwordHash: string): Promise<void>;
  /** Revokes every live sign-in of an account except `keepTokenHash`; returns those revoked. */
  revokeAllTokens(userId: string, keepTokenHash?: string | null): Promise<string[]>;
}
