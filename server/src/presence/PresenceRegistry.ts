import type { PresenceEntry } from '@tandem/protocol';

/**
 * Who is connected where, across every node. Entries carry an expiry: the node that owns a
 * connection refreshes it (`touch`) while the socket lives, so a node that dies without saying
 * goodbye leaves no ghosts once `ttlMs` has passed.
 */
export interface PresenceRegistry {
  upsert(entry: PresenceEntry): Promise<void>;
  remove(workspaceId: string, connId: string): Promise<void>;
  /** Live entries of a workspace, expired ones pruned. */
  list(workspaceId: string): Promise<PresenceEntry[]>;
  /** Refreshes the expiry of entries this node owns. */
  touch(entries: readonly PresenceEntry[]): Promise<void>;
  /** `local` when Redis is configured but unreachable: only this node's people are seen. */
  readonly mode: 'memory' | 'redis' | 'local';
  close(): Promise<void>;
}

export interface StoredEntry {
  entry: PresenceEntry;
  expiresAt: number;
}
