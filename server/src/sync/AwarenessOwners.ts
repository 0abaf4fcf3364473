import type { Awareness } from 'y-protocols/awareness';
import type { SyncConnection } from './SyncConnection';

/** Awareness entries one connection may hold; more are dropped (a viewer once added 2,000). */
export const MAX_AWARENESS_IDS = 8;

/**
 * Who may write each awareness entry of a room. A connection writes only its own person's
 * entries. The first person to write a client id holds it for the life of the room (a Yjs
 * client id is one browser session's), so nobody else can take it over when its socket drops.
 * Among that person's sockets, the one that brings a newer clock holds it (a reconnect whose old
 * socket is not yet noticed dead); the entries clients echo back with the clock they received
 * never move it.
 */
export class AwarenessOwners {
  private readonly users = new Map<number, string | null>();

  constructor(private readonly awareness: Awareness) {}

  mayWrite(
    conn: SyncConnection,
    clientId: number,
    clock: number,
    conns: Iterable<SyncConnection>,
  ): boolean {
    // A tab has one Y.Doc and so one awareness id; a few cover reconnects and several editors.
    if (!conn.awarenessIds.has(clientId) && conn.awarenessIds.size >= MAX_AWARENESS_IDS) {
      return false;
    }
    const holder = this.users.get(clientId);
    if (holder !== undefined && holder !== conn.userId) return false;
    const newer = clock > (this.awareness.meta.get(clientId)?.clock ?? -1);
    for (const other of conns) {
      if (other === conn || !other.awarenessIds.has(clientId)) continue;
      if (!newer) return false;
      other.awarenessIds.delete(clientId);
    }
    this.users.set(clientId, conn.userId);
    conn.awarenessIds.add(clientId);
    return true;
  }

  /**
   * An entry another node vetted for `userId`: refused if another person holds the client id
   * here, and otherwise held by `userId` from now on, so nobody on this node takes it over.
   */
  mayWriteRemote(clientId: number, userId: string | null): boolean {
    const holder = this.users.get(clientId);
    if (holder !== undefined && holder !== userId) return false;
    this.users.set(clientId, userId);
    return true;
  }
}
