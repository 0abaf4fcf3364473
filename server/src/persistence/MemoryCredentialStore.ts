import { randomUUID } from 'node:crypto';
import type { CredentialStore, PendingSignup } from './CredentialStore';
import type { MemoryAccountTables } from './MemoryAccountStore';
import { hashToken, newToken } from './tokens';

interface StoredPending extends PendingSignup {
  tokenHash: string;
  usedAt: number | null;
}
interface StoredReset {
  userId: string;
  expiresAt: number;
  usedAt: number | null;
}

/** Pending sign-ups and reset links in memory, over a MemoryAccountStore's users and tokens. */
export class MemoryCredentialStore implements CredentialStore {
  /** In creation order. */
  private readonly pending: StoredPending[] = [];
  private readonly resets = new Map<string, StoredReset>();

  constructor(private readonly accounts: MemoryAccountTables) {}

  async createPendingSignup(
    input: Omit<PendingSignup, 'id' | 'createdAt'>,
  ): Promise<{ token: string }> {
    const token = newToken();
    this.pending.push({
      ...input,
      id: randomUUID(),
      createdAt: Date.now(),
      tokenHash: hashToken(token),
      usedAt: null,
    });
    return { token };
  }

  async takePendingByToken(token: string): Promise<PendingSignup | null> {
    const hash = hashToken(token);
    return this.take(this.live().find((p) => p.tokenHash === hash));
  }

  async takeLatestPending(invitationId: string): Promise<PendingSignup | null> {
    const mine = this.live().filter((p) => p.invitationId === invitationId);
    // The newest; of those made in the same millisecond, the one made last.
    const latest = mine.reduce<StoredPending | undefined>(
      (best, p) => (!best || p.createdAt >= best.createdAt ? p : best),
      undefined,
    );
    return this.take(latest);
  }

  async awaitingConfirmation(invitationIds: readonly string[]): Promise<Set<string>> {
    const wanted = new Set(invitationIds);
    return new Set(
      this.live()
        .filter((p) => wanted.has(p.invitationId))
        .map((p) => p.invitationId),
    );
  }

  async createReset(userId: string, ttlMs: number): Promise<{ token: string }> {
    const token = newToken();
    this.resets.set(hashToken(token), { userId, expiresAt: Date.now() + ttlMs, usedAt: null });
    return { token };
  }

  async peekReset(token: string): Promise<string | null> {
    return this.liveReset(token)?.userId ?? null;
  }

  async takeReset(token: string): Promise<string | null> {
    const reset = this.liveReset(token);
    if (!reset) return null;
    reset.usedAt = Date.now();
    return reset.userId;
  }

  async setPassword(userId: string, passwordHash: string): Promise<void> {
    const user = this.accounts.users.get(userId);
    if (user) user.passwordHash = passwordHash;
    const now = Date.now();
    for (const reset of this.resets.values()) {
      if (reset.userId === userId && reset.usedAt === null) reset.usedAt = now;
    }
  }

  async revokeAllTokens(userId: string, keepTokenHash: string | null = null): Promise<string[]> {
    const now = Date.now();
    const revoked: string[] = [];
    for (const [hash, t] of this.accounts.tokens) {
      if (t.userId !== userId || t.revokedAt !== null || t.expiresAt <= now) continue;
      if (hash === keepTokenHash) continue;
      t.revokedAt = now;
      revoked.push(hash);
    }
    return revoked;
  }

  private liveReset(token: string): StoredReset | null {
    const reset = this.resets.get(hashToken(token));
    if (!reset || reset.usedAt !== null || reset.expiresAt <= Date.now()) return null;
    return reset;
  }

  private live(): StoredPending[] {
    const now = Date.now();
    return this.pending.filter((p) => p.usedAt === null && p.expiresAt > now);
  }

  private take(found: StoredPending | undefined): PendingSignup | null {
    if (!found) return null;
    found.usedAt = Date.now();
    const { tokenHash: _hash, usedAt: _used, ...pending } = found;
    return pending;
  }
}
