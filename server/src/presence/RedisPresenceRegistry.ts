import type { PresenceEntry } from '@tandem/protocol';
import type { Logger } from '../logger';
import type { RedisClient } from '../redis';
import { TimeoutError, withTimeout } from '../timeout';
import { MemoryPresenceRegistry } from './MemoryPresenceRegistry';
import type { PresenceRegistry, StoredEntry } from './PresenceRegistry';

const key = (workspaceId: string) => `tandem:presence:${workspaceId}`;

/**
 * Presence shared by every node: one Redis hash per workspace, `connId → {entry, expiresAt}`.
 * This node's own entries are mirrored in memory, so while Redis is away presence degrades to the
 * local node instead of failing, and the next `touch` after Redis returns re-publishes them.
 *
 * "Away" includes a Redis that is connected but does not answer (a `DEBUG SLEEP`, a stalled
 * host): a step that takes longer than `timeoutMs` marks Redis stalled, and until a background
 * PING answers, steps are skipped rather than left to queue behind the stall.
 */
export class RedisPresenceRegistry implements PresenceRegistry {
  private readonly local: MemoryPresenceRegistry;
  private stalled = false;
  private probing = false;

  constructor(
    private readonly redis: RedisClient,
    private readonly ttlMs: number,
    private readonly log: Logger,
    private readonly timeoutMs = 1_000,
  ) {
    this.local = new MemoryPresenceRegistry(ttlMs);
  }

  get mode(): 'redis' | 'local' {
    return this.redis.isReady && !this.stalled ? 'redis' : 'local';
  }

  async upsert(entry: PresenceEntry): Promise<void> {
    await this.local.upsert(entry);
    await this.shared(() => this.write([entry]));
  }

  async remove(workspaceId: string, connId: string): Promise<void> {
    await this.local.remove(workspaceId, connId);
    await this.shared(async () => {
      await this.redis.hDel(key(workspaceId), connId);
    });
  }

  async list(workspaceId: string): Promise<PresenceEntry[]> {
    const shared = await this.shared(() => this.read(workspaceId));
    return shared ?? this.local.list(workspaceId);
  }

  async touch(entries: readonly PresenceEntry[]): Promise<void> {
    await this.local.touch(entries);
    await this.shared(() => this.write(entries));
  }

  async close(): Promise<void> {
    await this.local.close();
  }

  /** Runs a Redis step only when Redis is up; a failure is logged and leaves the local view. */
  private async shared<T>(step: () => Promise<T>): Promise<T | undefined> {
    if (!this.redis.isReady) return undefined;
    if (this.stalled) {
      this.probe();
      return undefined;
    }
    try {
      return await withTimeout(step(), this.timeoutMs, 'redis presence step');
    } catch (err) {
      if (err instanceof TimeoutError) {
        this.stalled = true;
        this.log.warn({ err }, 'presence: redis stalled; using the local view');
      } else {
        this.log.warn({ err }, 'presence: redis step failed; using the local view');
      }
      return undefined;
    }
  }

  /** One PING at a time while stalled; the first answer puts presence back on Redis. */
  private probe(): void {
    if (this.probing) return;
    this.probing = true;
    withTimeout(this.redis.ping(), this.timeoutMs, 'redis ping')
      .then(() => {
        this.stalled = false;
        this.log.info('presence: redis answers again');
      })
      .catch(() => undefined)
      .finally(() => {
        this.probing = false;
      });
  }

  private async write(entries: readonly PresenceEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const expiresAt = Date.now() + this.ttlMs;
    const multi = this.redis.multi();
    const workspaces = new Set<string>();
    for (const entry of entries) {
      const stored: StoredEntry = { entry, expiresAt };
      multi.hSet(key(entry.workspaceId), entry.connId, JSON.stringify(stored));
      workspaces.add(entry.workspaceId);
    }
    // The hash itself outlives its freshest entry a little; an abandoned workspace key vanishes.
    for (const ws of workspaces) multi.pExpire(key(ws), this.ttlMs * 2);
    await multi.exec();
  }

  private async read(workspaceId: string): Promise<PresenceEntry[]> {
    const all = await this.redis.hGetAll(key(workspaceId));
    const now = Date.now();
    const live: PresenceEntry[] = [];
    const expired: string[] = [];
    for (const [connId, raw] of Object.entries(all)) {
      const stored = parseStored(raw);
      if (!stored || stored.expiresAt <= now) expired.push(connId);
      else live.push(stored.entry);
    }
    if (expired.length > 0) await this.redis.hDel(key(workspaceId), expired);
    return live;
  }
}

/** Written by this code only, but a corrupt value must not break everyone's presence. */
function parseStored(raw: string): StoredEntry | null {
  try {
    const value = JSON.parse(raw) as StoredEntry;
    return typeof value.expiresAt === 'number' && value.entry ? value : null;
  } catch {
    return null;
  }
}
