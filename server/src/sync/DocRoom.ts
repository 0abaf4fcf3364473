import { migrateDoc } from '@tandem/domain';
import { CloseCode } from '@tandem/protocol';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { StoreError } from '../errors';
import type { Logger } from '../logger';
import { applyStored, type DocumentStore, type UpdateSource } from '../persistence';
import { vetAwarenessUpdate } from './awarenessTrust';
import {
  decodeMessage,
  encodeAwareness,
  encodePermissionDenied,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  MalformedMessageError,
} from './messages';
import { isTxOrigin, LOAD_ORIGIN, type TxOrigin } from './origins';
import type { SyncConnection } from './SyncConnection';

export interface DocRoomDeps {
  store: DocumentStore;
  log: Logger;
  /** Called after an append once this many updates have been logged since the last checkpoint. */
  checkpointEvery: number;
  requestCheckpoint(docId: string): void;
  /** The room lost its store; the manager forgets it so the next connection reloads. */
  onFailed(room: DocRoom): void;
  onEmpty(room: DocRoom): void;
}

export const READ_ONLY_REASON = 'read-only';
const MIGRATE_ORIGIN: TxOrigin = { source: 'server', reason: 'migrate' };

type RoomState = 'loading' | 'ready' | 'failed' | 'closed';

/** Resolves once the current turn of the event loop, and the I/O it read, is over. */
const endOfTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * One open document: its Y.Doc, its awareness and its connections. Every update is appended to
 * the store before it is broadcast; a store failure closes every connection with
 * STORE_UNAVAILABLE instead of serving unsaved state from memory.
 */
export class DocRoom {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly loaded: Promise<void>;
  private readonly conns = new Set<SyncConnection>();
  private state: RoomState = 'loading';
  /** Appends in order; a sync reply waits on it so no client sees unsaved state. */
  private persisted: Promise<void> = Promise.resolve();
  /** Updates applied this turn, logged together at the end of it, then broadcast. */
  private batch: { update: Uint8Array; source: UpdateSource; exclude: string | null }[] = [];
  /** Who first wrote each awareness client id: only that person's sockets may write it. */
  private readonly awarenessUsers = new Map<number, string | null>();
  private sinceCheckpoint = 0;

  /** `after`: a previous room of the same document still flushing; load only once it is done. */
  constructor(
    readonly docId: string,
    private readonly deps: DocRoomDeps,
    after: Promise<void> = Promise.resolve(),
  ) {
    // The server is not a participant: no cursor of its own.
    this.awareness.setLocalState(null);
    this.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
    this.loaded = after.then(() => this.load());
  }

  get connectionCount(): number {
    return this.conns.size;
  }

  get isReady(): boolean {
    return this.state === 'ready';
  }

  addConnection(conn: SyncConnection): void {
    if (this.state !== 'ready') {
      conn.close(CloseCode.STORE_UNAVAILABLE, 'document store unavailable');
      return;
    }
    this.conns.add(conn);
    conn.onClose(() => this.removeConnection(conn));
    conn.send(encodeSyncStep1(this.doc));
    if (conn.readOnly) conn.send(encodePermissionDenied(READ_ONLY_REASON));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) conn.send(encodeAwareness(this.awareness, states));
  }

  /** Handles one frame; a malformed one closes only that connection. */
  async handleMessage(conn: SyncConnection, data: Uint8Array): Promise<void> {
    if (this.state !== 'ready' || conn.isClosed) return;
    let message: ReturnType<typeof decodeMessage>;
    try {
      message = decodeMessage(data);
    } catch (err) {
      this.refuse(conn, err);
      return;
    }
    switch (message.kind) {
      case 'sync-step-1':
        await this.persisted;
        conn.send(encodeSyncStep2(this.doc, message.stateVector));
        return;
      case 'update':
        if (message.isEmpty) return;
        if (conn.readOnly) {
          // Never applied, never stored; the client is told why its edit did not stick.
          conn.send(encodePermissionDenied(READ_ONLY_REASON));
          return;
        }
        this.applyClientUpdate(conn, message.update, message.clientIds);
        return;
      case 'awareness': {
        const vetted = vetAwarenessUpdate(message.update, conn.identity, (id, clock) =>
          this.mayWriteAwareness(conn, id, clock),
        );
        if (vetted) awarenessProtocol.applyAwarenessUpdate(this.awareness, vetted, conn);
        return;
      }
      case 'query-awareness':
        conn.send(encodeAwareness(this.awareness, [...this.awareness.getStates().keys()]));
        return;
      case 'auth':
        return;
    }
  }

  /** Closes the connections that match, e.g. those of a member whose access changed. */
  closeConnections(match: (conn: SyncConnection) => boolean, code: number, reason: string): number {
    let closed = 0;
    for (const conn of this.conns) {
      if (!match(conn)) continue;
      conn.close(code, reason);
      closed++;
    }
    return closed;
  }

  /**
   * Resolves when every update applied so far is in the store; rejects (StoreError) when the
   * store failed meanwhile, so no caller reports unsaved changes as saved.
   */
  async flushed(): Promise<void> {
    await this.persisted;
    if (this.state === 'failed') throw new StoreError(`document ${this.docId}: store unavailable`);
  }

  /** Flushes, closes every connection with `code`, and frees the document. */
  async close(code: number = CloseCode.GOING_AWAY, reason = 'server closing'): Promise<void> {
    if (this.state === 'closed') return;
    await this.persisted;
    if (this.sinceCheckpoint > 0 && this.state === 'ready') {
      this.deps.requestCheckpoint(this.docId);
    }
    this.state = 'closed';
    for (const conn of this.conns) conn.close(code, reason);
    this.conns.clear();
    this.awareness.destroy();
    this.doc.destroy();
  }

  private async load(): Promise<void> {
    try {
      const stored = await this.deps.store.loadState(this.docId);
      applyStored(this.doc, stored.checkpoint?.state ?? null, stored.updates, LOAD_ORIGIN);
      this.sinceCheckpoint = stored.updates.length;
      if (this.state === 'loading') this.state = 'ready';
      // Old layouts are upgraded on load; the upgrade is logged like any other change.
      const migration = migrateDoc(this.doc, { origin: MIGRATE_ORIGIN });
      if (migration.status === 'migrated') {
        this.deps.log.info({ docId: this.docId, ...migration }, 'document layout migrated');
      }
      this.deps.log.debug({ docId: this.docId, lastSeq: stored.lastSeq }, 'room loaded');
    } catch (err) {
      this.fail(err);
      throw err;
    }
  }

  private applyClientUpdate(conn: SyncConnection, update: Uint8Array, clientIds: number[]): void {
    const origin: TxOrigin = { source: 'client', connId: conn.id, userId: conn.userId, clientIds };
    try {
      Y.applyUpdate(this.doc, update, origin);
    } catch (err) {
      this.refuse(conn, err);
    }
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (this.state !== 'ready' || (isTxOrigin(origin) && origin.source === 'load')) return;
    // Anything else changed the document and must be logged and broadcast, whatever its origin:
    // a server-side change without a typed origin is still a change.
    const source = toUpdateSource(origin);
    const exclude = isTxOrigin(origin) && origin.source === 'client' ? origin.connId : null;
    this.batch.push({ update, source, exclude });
    if (this.batch.length > 1) return;
    // The first update of a turn schedules the append of everything applied until the turn
    // ends (a burst of frames from one TCP read arrives in one turn): one transaction for them
    // all, and still nothing is broadcast before it is stored.
    this.persisted = this.persisted.then(endOfTurn).then(() => this.logBatch());
  };

  private async logBatch(): Promise<void> {
    const batch = this.batch;
    this.batch = [];
    if (this.state !== 'ready' || batch.length === 0) return;
    try {
      await this.deps.store.appendUpdates(this.docId, batch);
    } catch (err) {
      this.fail(err);
      return;
    }
    for (const { update, exclude } of batch) this.broadcast(encodeUpdate(update), exclude);
    this.sinceCheckpoint += batch.length;
    if (this.sinceCheckpoint >= this.deps.checkpointEvery) {
      this.sinceCheckpoint = 0;
      this.deps.requestCheckpoint(this.docId);
    }
  }

  private readonly onAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (this.state !== 'ready') return;
    const conn = this.conns.has(origin as SyncConnection) ? (origin as SyncConnection) : null;
    if (conn) {
      for (const id of change.added) conn.awarenessIds.add(id);
      for (const id of change.removed) conn.awarenessIds.delete(id);
    }
    const changed = [...change.added, ...change.updated, ...change.removed];
    if (changed.length > 0) this.broadcast(encodeAwareness(this.awareness, changed), null);
  };

  /**
   * A connection writes only its own person's awareness entries. The first person to write a
   * client id holds it for the life of the room (a Yjs client id is one browser session's), so
   * nobody else can take it over when its socket drops. Among that person's sockets, the one
   * that brings a newer clock holds it (a reconnect whose old socket is not yet noticed dead);
   * the entries clients echo back with the clock they received never move it.
   */
  private mayWriteAwareness(conn: SyncConnection, clientId: number, clock: number): boolean {
    const holder = this.awarenessUsers.get(clientId);
    if (holder !== undefined && holder !== conn.userId) return false;
    const newer = clock > (this.awareness.meta.get(clientId)?.clock ?? -1);
    for (const other of this.conns) {
      if (other === conn || !other.awarenessIds.has(clientId)) continue;
      if (!newer) return false;
      other.awarenessIds.delete(clientId);
    }
    this.awarenessUsers.set(clientId, conn.userId);
    conn.awarenessIds.add(clientId);
    return true;
  }

  private removeConnection(conn: SyncConnection): void {
    if (!this.conns.delete(conn)) return;
    if (conn.awarenessIds.size > 0 && this.state === 'ready') {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessIds], null);
    }
    if (this.conns.size === 0) this.deps.onEmpty(this);
  }

  private broadcast(message: Uint8Array, excludeConnId: string | null): void {
    for (const conn of this.conns) if (conn.id !== excludeConnId) conn.send(message);
  }

  private refuse(conn: SyncConnection, err: unknown): void {
    const reason = err instanceof MalformedMessageError ? err.message : String(err);
    this.deps.log.warn({ docId: this.docId, connId: conn.id, reason }, 'malformed frame');
    conn.close(CloseCode.MALFORMED_MESSAGE, 'malformed message');
  }

  private fail(err: unknown): void {
    if (this.state === 'failed' || this.state === 'closed') return;
    this.state = 'failed';
    this.deps.log.error({ docId: this.docId, err }, 'document store failed; closing room');
    for (const conn of this.conns)
      conn.close(CloseCode.STORE_UNAVAILABLE, 'document store unavailable');
    this.conns.clear();
    this.deps.onFailed(this);
    this.awareness.destroy();
    this.doc.destroy();
  }
}

function toUpdateSource(origin: unknown): UpdateSource {
  if (isTxOrigin(origin) && origin.source === 'client') {
    return { connId: origin.connId, userId: origin.userId, clientIds: origin.clientIds };
  }
  const reason = isTxOrigin(origin) && origin.source === 'server' ? origin.reason : 'unknown';
  return { connId: `server:${reason}`, userId: null, clientIds: [] };
}
