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

  createPendingSignup(input: Omit<PendingSignup, 'id' | 'createdAt'>): { token: string } {
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

  takePendingByToken(token: string): PendingSignup | null {
    const hash = hashToken(token);
    return this.take(this.live().find((p) => p.tokenHash === hash));
  }

  takeLatestPending(invitationId: string): PendingSignup | null {
    const mine = this.live().filter((p) => p.invitationId === invitationId);
    // The newest; of those made in the same millisecond, the one made last.
    const latest = mine.reduce<StoredPending | undefined>(
      (best, p) => (!best || p.createdAt >= best.createdAt ? p : best),
      undefined,
    );
    return this.take(latest);
  }

  awaitingConfirmation(invitationIds: readonly string[]): Set<string> {
    const wanted = new Set(invitationIds);
    return new Set(
      this.live()
        .filter((p) => wanted.has(p.invitationId))
        .map((p) => p.invitationId),
    );
  }

  createReset(userId: string, ttlMs: number): { token: string } {
    const token = newToken();
    this.resets.set(hashToken(token), { userId, expiresAt: Date.now() + ttlMs, usedAt: null });
    return { token };
  }

  peekReset(token: string): string | null {
    const reset = this.resets.get(hashToken(token));
    if (!reset || reset.usedAt !== null || reset.expiresAt <= Date.now()) return null;
    return reset.userId;
  }

  takeReset(token: string): string | null {
    const userId = this.peekReset(token);
    const reset = this.resets.get(hashToken(token));
    if (!userId || !reset) return null;
    reset.usedAt = Date.now();
    return userId;
  }

  setPassword(userId: string, passwordHash: string): void {
    const user = this.accounts.users.get(userId);
    if (user) user.passwordHash = passwordHash;
    const now = Date.now();
    for (const reset of this.resets.values()) {
      if (reset.userId === userId && reset.usedAt === null) reset.usedAt = now;
    }
  }

  revokeAllTokens(userId: string, keepTokenHash: string | null = null): string[] {
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
