import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { AwarenessOwners } from './AwarenessOwners';
import { AwarenessTicker, awarenessTickMs } from './AwarenessTicker';
import { vetAwarenessUpdate } from './awarenessTrust';
import { encodeAwareness } from './messages';
import { REMOTE_ORIGIN } from './origins';
import type { SyncConnection } from './SyncConnection';

/**
 * y-protocols' Awareness asks its doc only for a client id and a destroy hook. A resting room
 * frees its Y.Doc while cursors go on moving, so the awareness gets a stand-in, not the doc.
 */
function awarenessAnchor(clientID: number): Y.Doc {
  return { clientID, on: () => undefined } as unknown as Y.Doc;
}

/** What the cursors need of their room. */
export interface CursorRoom {
  /** The server's Yjs client id. */
  readonly clientID: number;
  readonly conns: ReadonlySet<SyncConnection>;
  /** Changes reach the sockets only while this holds (not while the room closes). */
  isReady(): boolean;
  /** An encoded awareness frame for every socket. */
  broadcastAwareness(frame: Uint8Array): void;
}

/**
 * A room's cursors and presence: the awareness states, who may write each entry, and the tick
 * that sends changes together. A room has them only once someone publishes a cursor: a y-protocols
 * Awareness (three maps and a 3-second interval), the owners and the ticker are ~2 KiB, which a
 * room nobody has a cursor in (a link opened to read, a document kept open in a background tab
 * whose awareness timed out) need not pay.
 */
export class RoomCursors {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly owners: AwarenessOwners;
  /** Awareness goes to the sockets at most once a tick, each changed entry once. */
  private readonly ticker: AwarenessTicker;

  constructor(private readonly room: CursorRoom) {
    this.awareness = new awarenessProtocol.Awareness(awarenessAnchor(room.clientID));
    // The server is not a participant: no cursor of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onUpdate);
    this.owners = new AwarenessOwners(this.awareness);
    this.ticker = new AwarenessTicker(
      (ids) => this.send(ids),
      () => awarenessTickMs(room.conns.size),
    );
  }

  /** Every entry's current state, for a socket that just joined or asked; null when none. */
  encodeAll(): Uint8Array | null {
    const ids = [...this.awareness.getStates().keys()];
    return ids.length > 0 ? encodeAwareness(this.awareness, ids) : null;
  }

  /**
   * A socket's awareness update, vetted (only its own person's entries, the name and side the
   * server knows) and applied; returns what was kept, for the other nodes, or null.
   */
  applyLocal(conn: SyncConnection, update: Uint8Array): Uint8Array | null {
    const vetted = vetAwarenessUpdate(update, conn.identity, (id, clock) =>
      this.owners.mayWrite(conn, id, clock, this.room.conns),
    );
    if (vetted) awarenessProtocol.applyAwarenessUpdate(this.awareness, vetted, conn);
    return vetted;
  }

  /** An awareness update another node's socket made, as `userId`. */
  applyRemote(update: Uint8Array, userId: string | null): void {
    // An entry another person holds here is not theirs to write from another node either.
    const vetted = vetAwarenessUpdate(update, null, (id) => this.owners.mayWriteRemote(id, userId));
    if (vetted) awarenessProtocol.applyAwarenessUpdate(this.awareness, vetted, REMOTE_ORIGIN);
  }

  /** Removes these entries (a socket left) and returns their removal, encoded, or null. */
  remove(ids: readonly number[]): Uint8Array | null {
    awarenessProtocol.removeAwarenessStates(this.awareness, [...ids], null);
    return this.encodeEntries(ids);
  }

  /** These entries' states (null once removed) as the room holds them; null when none is known. */
  encodeEntries(ids: readonly number[]): Uint8Array | null {
    const known = this.knownEntries(ids);
    return known.length > 0 ? awarenessProtocol.encodeAwarenessUpdate(this.awareness, known) : null;
  }

  destroy(): void {
    this.ticker.stop();
    this.awareness.destroy();
  }

  private readonly onUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (!this.room.isReady()) return;
    const conn = this.room.conns.has(origin as SyncConnection) ? (origin as SyncConnection) : null;
    if (conn) {
      for (const id of change.added) conn.awarenessIds.add(id);
      for (const id of change.removed) conn.awarenessIds.delete(id);
    }
    this.ticker.changed([...change.added, ...change.updated, ...change.removed]);
  };

  private send(ids: readonly number[]): void {
    if (!this.room.isReady()) return;
    const known = this.knownEntries(ids);
    if (known.length > 0) this.room.broadcastAwareness(encodeAwareness(this.awareness, known));
  }

  /** Entries a socket named but whose update was never applied have no clock to send. */
  private knownEntries(ids: readonly number[]): number[] {
    return ids.filter((id) => this.awareness.meta.has(id));
  }
}
