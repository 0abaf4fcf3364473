import { randomUUID } from 'node:crypto';
import type { Expression, ExpressionBuilder, Kysely, Selectable, SqlBool } from 'kysely';
import type { CredentialStore, PendingSignup } from '../CredentialStore';
import { hashToken, newToken } from '../tokens';
import type { Database, PendingSignupsTable } from './Database';
import { withStoreError } from './withStoreError';

/**
 * Pending sign-ups, reset links and password changes beside the accounts. Each link is used at
 * most once: taking one is a single UPDATE … WHERE used_at IS NULL … RETURNING, so of two
 * requests with one link, on one node or two, the second finds it used.
 */
export class PostgresCredentialStore implements CredentialStore {
  constructor(private readonly db: Kysely<Database>) {}

  async createPendingSignup(
    input: Omit<PendingSignup, 'id' | 'createdAt'>,
  ): Promise<{ token: string }> {
    const token = newToken();
    await this.run((db) =>
      db
        .insertInto('pending_signups')
        .values({
          id: randomUUID(),
          invitation_id: input.invitationId,
          name: input.name,
          password_hash: input.passwordHash,
          token_hash: hashToken(token),
          created_at: Date.now(),
          expires_at: input.expiresAt,
        })
        .execute(),
    );
    return { token };
  }

  async takePendingByToken(token: string): Promise<PendingSignup | null> {
    return this.takePending((eb) => eb('token_hash', '=', hashToken(token)));
  }

  /** When two owners confirm at once, the second gets null rather than an older sign-up. */
  async takeLatestPending(invitationId: string): Promise<PendingSignup | null> {
    const now = Date.now();
    return this.takePending((eb) =>
      eb(
        'id',
        '=',
        eb
          .selectFrom('pending_signups')
          .select('id')
          .where('invitation_id', '=', invitationId)
          .where('used_at', 'is', null)
          .where('expires_at', '>', now)
          .orderBy('created_at', 'desc')
          .limit(1),
      ),
    );
  }

  async awaitingConfirmation(invitationIds: readonly string[]): Promise<Set<string>> {
    if (invitationIds.length === 0) return new Set();
    const rows = await this.run((db) =>
      db
        .selectFrom('pending_signups')
        .select('invitation_id')
        .distinct()
        .where('used_at', 'is', null)
        .where('expires_at', '>', Date.now())
        .where('invitation_id', 'in', invitationIds)
        .execute(),
    );
    return new Set(rows.map((r) => r.invitation_id));
  }

  async createReset(userId: string, ttlMs: number): Promise<{ token: string }> {
    const token = newToken();
    const now = Date.now();
    await this.run((db) =>
      db
        .insertInto('password_resets')
        .values({
          token_hash: hashToken(token),
          user_id: userId,
          created_at: now,
          expires_at: now + ttlMs,
        })
        .execute(),
    );
    return { token };
  }

  async peekReset(token: string): Promise<string | null> {
    const row = await this.run((db) =>
      db
        .selectFrom('password_resets')
        .select('user_id')
        .where('token_hash', '=', hashToken(token))
        .where('used_at', 'is', null)
        .where('expires_at', '>', Date.now())
        .executeTakeFirst(),
    );
    return row?.user_id ?? null;
  }

  async takeReset(token: string): Promise<string | null> {
    const now = Date.now();
    const row = await this.run((db) =>
      db
        .updateTable('password_resets')
        .set({ used_at: now })
        .where('token_hash', '=', hashToken(token))
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .returning('user_id')
        .executeTakeFirst(),
    );
    return row?.user_id ?? null;
  }

  async setPassword(userId: string, passwordHash: string): Promise<void> {
    await this.run((db) =>
      db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({ password_hash: passwordHash })
          .where('id', '=', userId)
          .execute();
        await trx
          .updateTable('password_resets')
          .set({ used_at: Date.now() })
          .where('user_id', '=', userId)
          .where('used_at', 'is', null)
          .execute();
      }),
    );
  }

  async revokeAllTokens(userId: string, keepTokenHash: string | null = null): Promise<string[]> {
    const now = Date.now();
    const rows = await this.run((db) =>
      db
        .updateTable('auth_tokens')
        .set({ revoked_at: now })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .where('token_hash', 'is distinct from', keepTokenHash)
        .returning('token_hash')
        .execute(),
    );
    return rows.map((r) => r.token_hash);
  }

  /** Marks the one live sign-up `which` picks used, and returns it. */
  private async takePending(
    which: (eb: ExpressionBuilder<Database, 'pending_signups'>) => Expression<SqlBool>,
  ): Promise<PendingSignup | null> {
    const now = Date.now();
    const row = await this.run((db) =>
      db
        .updateTable('pending_signups')
        .set({ used_at: now })
        .where(which)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .returningAll()
        .executeTakeFirst(),
    );
    return row ? toPending(row) : null;
  }

  private run<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    return withStoreError(() => fn(this.db));
  }
}

function toPending(row: Selectable<PendingSignupsTable>): PendingSignup {
  return {
    id: row.id,
    invitationId: row.invitation_id,
    name: row.name,
    passwordHash: row.password_hash,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}
