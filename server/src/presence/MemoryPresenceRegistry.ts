import type { PresenceEntry } from '@tandem/protocol';
import type { PresenceRegistry, StoredEntry } from './PresenceRegistry';

/** One node: presence lives in this process. Also the fallback while Redis is away. */
export class MemoryPresenceRegistry implements PresenceRegistry {
  readonly mode = 'memory' as const;
  private readonly byWorkspace = new Map<string, Map<string, StoredEntry>>();

  constructor(private readonly ttlMs: number) {}

  async upsert(entry: PresenceEntry): Promise<void> {
    let ws = this.byWorkspace.get(entry.workspaceId);
    if (!ws) {
      ws = new Map();
      this.byWorkspace.set(entry.workspaceId, ws);
    }
    ws.set(entry.connId, { entry, expiresAt: Date.now() + this.ttlMs });
  }

  async remove(workspaceId: string, connId: string): Promise<void> {
    const ws = this.byWorkspace.get(workspaceId);
    ws?.delete(connId);
    if (ws?.size === 0) this.byWorkspace.delete(workspaceId);
  }

  async list(workspaceId: string): Promise<PresenceEntry[]> {
    const ws = this.byWorkspace.get(workspaceId);
    if (!ws) return [];
    const now = Date.now();
    const live: PresenceEntry[] = [];
    for (const [connId, stored] of ws) {
      if (stored.expiresAt <= now) ws.delete(connId);
      else live.push(stored.entry);
    }
    return live;
  }

  async touch(entries: readonly PresenceEntry[]): Promise<void> {
    const expiresAt = Date.now() + this.ttlMs;
    for (const entry of entries) {
      const stored = this.byWorkspace.get(entry.workspaceId)?.get(entry.connId);
      if (stored) stored.expiresAt = expiresAt;
    }
  }

  async close(): Promise<void> {
    this.byWorkspace.clear();
  }
}
