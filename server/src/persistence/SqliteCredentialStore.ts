import { randomUUID } from 'node:crypto';
import { StoreError } from '../errors';
import type { CredentialStore, PendingSignup } from './CredentialStore';
import type { SqliteDatabase } from './openDatabase';
import { hashToken, newToken } from './tokens';

interface PendingRow {
  id: string;
  invitation_id: string;
  name: string;
  password_hash: string;
  created_at: number;
  expires_at: number;
}

/**
 * Pending sign-ups, reset links and password changes in the accounts' SQLite file. Each link is
 * used at most once: the UPDATE that marks it used, in the transaction that read it, decides.
 */
export class SqliteCredentialStore implements CredentialStore {
  constructor(private readonly db: SqliteDatabase) {}

  async createPendingSignup(
    input: Omit<PendingSignup, 'id' | 'createdAt'>,
  ): Promise<{ token: string }> {
    const token = newToken();
    this.run(() =>
      this.db
        .prepare(
          `INSERT INTO pending_signups (id, invitation_id, name, password_hash, token_hash,
             created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          randomUUID(),
          input.invitationId,
          input.name,
          input.passwordHash,
          hashToken(token),
          Date.now(),
          input.expiresAt,
        ),
    );
    return { token };
  }

  /** Takes a live sign-up by its mailed token: null when unknown, used or expired. */
  async takePendingByToken(token: string): Promise<PendingSignup | null> {
    return this.take('token_hash = ?', hashToken(token));
  }

  /** Takes the newest live sign-up of an invitation, for an owner's confirmation. */
  async takeLatestPending(invitationId: string): Promise<PendingSignup | null> {
    return this.take(
      `id = (SELECT id FROM pending_signups WHERE invitation_id = ? AND used_at IS NULL
         AND expires_at > ? ORDER BY created_at DESC LIMIT 1)`,
      invitationId,
      Date.now(),
    );
  }

  /** Invitations (of the given ones) that someone answered and that wait for confirmation. */
  async awaitingConfirmation(invitationIds: readonly string[]): Promise<Set<string>> {
    if (invitationIds.length === 0) return new Set();
    const rows = this.run(() =>
      this.db
        .prepare(
          `SELECT DISTINCT invitation_id FROM pending_signups WHERE used_at IS NULL
             AND expires_at > ? AND invitation_id IN (${invitationIds.map(() => '?').join(',')})`,
        )
        .all(Date.now(), ...invitationIds),
    ) as { invitation_id: string }[];
    return new Set(rows.map((r) => r.invitation_id));
  }

  async createReset(userId: string, ttlMs: number): Promise<{ token: string }> {
    const token = newToken();
    const now = Date.now();
    this.run(() =>
      this.db
        .prepare(
          'INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
        )
        .run(hashToken(token), userId, now, now + ttlMs),
    );
    return { token };
  }

  /** The account a live reset link is for, without using it up. */
  async peekReset(token: string): Promise<string | null> {
    return this.liveReset(token);
  }

  /** Marks a reset link used and returns its account; null when unknown, used or expired. */
  async takeReset(token: string): Promise<string | null> {
    return this.run(() =>
      this.db
        .transaction(() => {
          const userId = this.liveReset(token);
          if (!userId) return null;
          this.db
            .prepare('UPDATE password_resets SET used_at = ? WHERE token_hash = ?')
            .run(Date.now(), hashToken(token));
          return userId;
        })
        .immediate(),
    );
  }

  /** Sets a new password hash and voids the account's other reset links. */
  async setPassword(userId: string, passwordHash: string): Promise<void> {
    this.run(() =>
      this.db
        .transaction(() => {
          this.db
            .prepare('UPDATE users SET password_hash = ? WHERE id = ?')
            .run(passwordHash, userId);
          this.db
            .prepare('UPDATE password_resets SET used_at = ? WHERE user_id = ? AND used_at IS NULL')
            .run(Date.now(), userId);
        })
        .immediate(),
    );
  }

  /** Revokes every live sign-in of an account except `keepTokenHash`; returns those revoked. */
  async revokeAllTokens(userId: string, keepTokenHash: string | null = null): Promise<string[]> {
    return this.run(() =>
      this.db
        .transaction(() => {
          const now = Date.now();
          const rows = this.db
            .prepare(
              `SELECT token_hash FROM auth_tokens WHERE user_id = ? AND revoked_at IS NULL
               AND expires_at > ? AND token_hash IS NOT ?`,
            )
            .all(userId, now, keepTokenHash) as { token_hash: string }[];
          const revoke = this.db.prepare(
            'UPDATE auth_tokens SET revoked_at = ? WHERE token_hash = ?',
          );
          for (const r of rows) revoke.run(now, r.token_hash);
          return rows.map((r) => r.token_hash);
        })
        .immediate(),
    );
  }

  /** The account of a live reset link; synchronous, for use inside a transaction. */
  private liveReset(token: string): string | null {
    const row = this.run(() =>
      this.db
        .prepare(
          `SELECT user_id FROM password_resets WHERE token_hash = ? AND used_at IS NULL
             AND expires_at > ?`,
        )
        .get(hashToken(token), Date.now()),
    ) as { user_id: string } | undefined;
    return row?.user_id ?? null;
  }

  private take(where: string, ...params: unknown[]): PendingSignup | null {
    return this.run(() =>
      this.db
        .transaction(() => {
          const row = this.db
            .prepare(
              `SELECT * FROM pending_signups WHERE ${where} AND used_at IS NULL AND expires_at > ?`,
            )
            .get(...params, Date.now()) as PendingRow | undefined;
          if (!row) return null;
          this.db
            .prepare('UPDATE pending_signups SET used_at = ? WHERE id = ?')
            .run(Date.now(), row.id);
          return {
            id: row.id,
            invitationId: row.invitation_id,
            name: row.name,
            passwordHash: row.password_hash,
            createdAt: row.created_at,
            expiresAt: row.expires_at,
          };
        })
        .immediate(),
    );
  }

  private run<T>(fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      throw new StoreError(`sqlite: ${String(err)}`, { cause: err });
    }
  }
}
