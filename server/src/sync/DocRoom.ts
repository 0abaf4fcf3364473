import { migrateDoc } from '@tandem/domain';
import { CloseCode } from '@tandem/protocol';
import { uint32 } from 'lib0/random';
import * as Y from 'yjs';
import { StoreError } from '../errors';
import type { Logger } from '../logger';
import {
  type DocumentStore,
  InvalidUpdateError,
  inspectUpdate,
  loadDocument,
  type UpdateSource,
} from '../persistence';
import { type BroadcastFrame, broadcastFrame } from './broadcastFrame';
import { CheckpointSchedule, type CheckpointTriggers } from './CheckpointSchedule';
import { type DocFanout, type FanoutHost, FanoutLink, type FanoutLinkOptions } from './fanout';
import {
  decodeMessage,
  EMPTY_AWARENESS,
  encodePermissionDenied,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from './messages';
import { isTxOrigin, LOAD_ORIGIN, REMOTE_ORIGIN, type TxOrigin } from './origins';
import { type CursorRoom, RoomCursors } from './RoomCursors';
import { StepTwoCache } from './StepTwoCache';
import type { SyncConnection } from './SyncConnection';

export interface DocRoomDeps {
  store: DocumentStore;
  log: Logger;
  /** The other nodes serving documents; a LocalFanout when this node is alone. */
  fanout: DocFanout;
  fanoutOptions?: FanoutLinkOptions;
  /** When to ask for a checkpoint: updates, bytes or time since the last one. */
  checkpoints: CheckpointTriggers;
  requestCheckpoint(docId: string): void;
  /** Updates are refused once the document's encoded size passes this (the memory guard). */
  maxDocBytes: number;
  /**
   * Quiet time after which the room frees its Y.Doc and keeps the document encoded (`rest`),
   * for a document of up to 32 KiB; larger ones wait proportionally longer. 0: never rest.
   */
  restMs: number;
  /**
   * The room lost its store or its document; the manager forgets it so the next join reloads.
   * `flushed`: what it had applied is still being stored; the next room loads after that.
   */
  onFailed(room: DocRoom, flushed?: Promise<void>): void;
  onEmpty(room: DocRoom): void;
  /**
   * A last say on a well-formed client update before it is applied: a reason refuses it (the
   * client is told, as for a read-only socket; nothing is applied or stored), null lets it in.
   */
  refuseUpdate?(doc: Y.Doc, update: Uint8Array): string | null;
}

export const READ_ONLY_REASON = 'read-only';
const MIGRATE_ORIGIN: TxOrigin = { source: 'server', reason: 'migrate' };

type RoomState = 'loading' | 'ready' | 'closing' | 'failed' | 'closed';

/** A resting document of this many encoded bytes waits `restMs`; twice as many, twice as long. */
const REST_BYTES = 32 * 1024;
/** However large the document: the rebuild is then paid at most once a minute. */
const MAX_REST_WAIT_MS = 60_000;

/** The state vector of a client that has nothing yet (no client ids): a fresh tab's. */
const EMPTY_STATE_VECTOR = new Uint8Array([0]);

/** Resolves once the current turn of the event loop, and the I/O it read, is over. */
const endOfTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * One open document: its Y.Doc, its awareness and its connections. Every update is inspected
 * whole, applied all-or-nothing, and appended to the store before it is broadcast or served; a
 * store failure closes every connection with STORE_UNAVAILABLE instead of serving unsaved
 * state from memory. None of this assumes the store answers synchronously.
 *
 * A room whose document nobody has changed for a while rests: it keeps the document encoded
 * (a few hundred bytes for a small one, against ~5 KiB for a Y.Doc) and serves joiners from
 * that; the first change, or anyone asking for `doc`, rebuilds the Y.Doc (issue 14).
 */
export class DocRoom implements FanoutHost {
  /** The server's Yjs client id, the same across rests. */
  private readonly clientID = uint32();
  /** The document while in use; null while the room rests. */
  private live: Y.Doc | null = null;
  /** A resting room's document, encoded, with its state vector. */
  private resting: { state: Uint8Array; vector: Uint8Array } | null = null;
  /** When the document last changed or was rebuilt (ms, monotonic). */
  private changedAt = performance.now();
  /** Cursors and presence, from the first one anybody publishes here. */
  private cursors: RoomCursors | null = null;
  readonly loaded: Promise<void>;
  private readonly conns = new Set<SyncConnection>();
  private state: RoomState = 'loading';
  /** Appends in order; each batch's broadcast waits for its own append. */
  private persisted: Promise<void> = Promise.resolve();
  /** Updates applied this turn, logged together at the end of it, then broadcast. */
  private batch: { update: Uint8Array; source: UpdateSource; exclude: string | null }[] = [];
  /** Updates handed to the store whose append has not resolved. */
  private inFlight = 0;
  /** Waiting for a moment when every applied update is durable. */
  private settledWaiters: (() => void)[] = [];
  /** Who first logged each Yjs client id: only that person's updates may carry it. */
  private clientOwners = new Map<number, string | null>();
  private readonly replies = new StepTwoCache();
  /** Bytes of the encoded document at load plus every update since: what the guard checks. */
  private approxBytes = 0;
  private readonly checkpoint: CheckpointSchedule;
  /** What this room stores reaches the other nodes through it, and theirs reaches it. */
  private readonly link: FanoutLink;

  /** `after`: a previous room of the same document still flushing; load only once it is done. */
  constructor(
    readonly docId: string,
    private readonly deps: DocRoomDeps,
    after: Promise<void> = Promise.resolve(),
  ) {
    this.checkpoint = new CheckpointSchedule(deps.checkpoints);
    this.live = this.newDoc();
    this.link = new FanoutLink(docId, deps.fanout, deps.store, this, deps.log, deps.fanoutOptions);
    // Subscribed before the load reads the log: an update stored meanwhile is either in what
    // the load reads or in a message held until the load is done.
    this.loaded = Promise.all([after, this.link.subscribed]).then(() => this.load());
  }

  /** Everyone's cursor and presence state here, by Yjs client id; empty before the first. */
  get cursorStates(): ReadonlyMap<number, Record<string, unknown>> {
    return this.cursors?.awareness.getStates() ?? new Map();
  }

  /** The document, rebuilt first if the room was resting. */
  get doc(): Y.Doc {
    return this.live ?? this.wake();
  }

  /** The document encoded as one update, without waking a resting room. */
  encodedState(): Uint8Array {
    return this.resting?.state ?? Y.encodeStateAsUpdate(this.doc);
  }

  get isResting(): boolean {
    return this.live === null;
  }

  /**
   * Frees the Y.Doc once the document has been quiet for its rest time and every update is
   * stored; the encoded state serves joiners until the next change. Returns whether it rested.
   */
  restIfQuiet(now = performance.now()): boolean {
    const doc = this.live;
    if (!doc || this.state !== 'ready' || this.unsaved > 0 || this.deps.restMs <= 0) return false;
    const wait = Math.min(
      MAX_REST_WAIT_MS,
      this.deps.restMs * Math.max(1, this.approxBytes / REST_BYTES),
    );
    if (now - this.changedAt < wait) return false;
    this.resting = { state: Y.encodeStateAsUpdate(doc), vector: Y.encodeStateVector(doc) };
    this.live = null;
    doc.destroy();
    return true;
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
    conn.send(encodeSyncStep1(this.resting?.vector ?? Y.encodeStateVector(this.doc)));
    if (conn.readOnly) conn.send(encodePermissionDenied(READ_ONLY_REASON));
    const cursors = this.cursors?.encodeAll();
    if (cursors) conn.send(cursors);
  }

  /** Handles one frame; a malformed one closes only that connection and changes nothing. */
  async handleMessage(conn: SyncConnection, data: Uint8Array): Promise<void> {
    if (this.state !== 'ready' || conn.isClosed) return;
    let message: ReturnType<typeof decodeMessage>;
    try {
      message = decodeMessage(data);
    } catch (err) {
      this.refuse(conn, CloseCode.MALFORMED_MESSAGE, err);
      return;
    }
    await conn.throttle(message.kind);
    if (this.state !== 'ready' || conn.isClosed) return;
    switch (message.kind) {
      case 'sync-step-1':
        await this.serveStepTwo(conn, message.stateVector);
        return;
      case 'update':
        await this.receiveUpdate(conn, message.update);
        return;
      case 'awareness': {
        const vetted = this.activeCursors().applyLocal(conn, message.update);
        if (vetted) this.link.publishAwareness(vetted, conn.userId);
        return;
      }
      case 'query-awareness':
        conn.send(this.cursors?.encodeAll() ?? EMPTY_AWARENESS);
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
    await this.settled();
    if (this.state === 'failed') throw new StoreError(`document ${this.docId}: store unavailable`);
  }

  /** Stops taking updates, waits until every applied one is stored, closes, frees the doc. */
  async close(code: number = CloseCode.GOING_AWAY, reason = 'server closing'): Promise<void> {
    if (this.state === 'closed' || this.state === 'closing') return;
    const wasReady = this.state === 'ready';
    if (wasReady) this.state = 'closing';
    await this.settled();
    if (wasReady && this.checkpoint.pending > 0) this.deps.requestCheckpoint(this.docId);
    this.state = 'closed';
    if (wasReady) this.publishDepartures();
    for (const conn of this.conns) conn.close(code, reason);
    this.conns.clear();
    this.release();
  }

  private async load(): Promise<void> {
    try {
      const [replayed, owners] = await Promise.all([
        loadDocument(this.deps.store, this.docId),
        this.deps.store.clientOwners(this.docId),
      ]);
      if (replayed.problems.length > 0) {
        // Quarantined: served as the last good state plus every update that still replays.
        this.deps.log.error(
          { docId: this.docId, problems: replayed.problems },
          `document ${this.docId} has stored data that cannot load (seq ${replayed.problems
            .map((p) => p.seq)
            .join(', ')}); serving it without`,
        );
      }
      // The replayed doc becomes the room's: applying its encoded state to another doc took as
      // long as the replay itself (48 ms of a 150 ms cold open of a 100k-edit document). The
      // encoding is the first joiner's reply, who brings an empty state vector.
      const state = Y.encodeStateAsUpdate(replayed.doc);
      this.adopt(replayed.doc);
      this.replies.put(EMPTY_STATE_VECTOR, encodeSyncStep2(state));
      this.approxBytes = state.byteLength;
      this.changedAt = performance.now();
      this.clientOwners = new Map(owners);
      // A long tail or a quarantined row is checkpointed at the first chance.
      this.checkpoint.startFrom(
        replayed.problems.length > 0 ? this.deps.checkpoints.updates : replayed.tail,
      );
      if (this.state === 'loading') this.state = 'ready';
      // Before the migration below, whose update is stored and published like any other.
      if (this.state === 'ready') this.link.start(replayed.lastSeq);
      // Old layouts are upgraded on load; the upgrade is logged like any other change.
      const migration = migrateDoc(this.doc, { origin: MIGRATE_ORIGIN });
      if (migration.status === 'migrated') {
        this.deps.log.info({ docId: this.docId, ...migration }, 'document layout migrated');
      }
      this.deps.log.debug({ docId: this.docId, lastSeq: replayed.lastSeq }, 'room loaded');
    } catch (err) {
      this.fail(err);
      throw err;
    }
  }

  /** The reply to a sync step 1, never holding an update that is not yet durable. */
  private async serveStepTwo(conn: SyncConnection, stateVector: Uint8Array): Promise<void> {
    // Checked again after each wait: another socket's update may land before this resumes.
    while (this.unsaved > 0) await this.settled();
    if (this.state !== 'ready' || conn.isClosed) return;
    conn.send(this.replies.get(stateVector, () => encodeSyncStep2(this.diffFor(stateVector))));
  }

  /** What a state vector lacks, from the Y.Doc or, resting, from the encoded document. */
  private diffFor(stateVector: Uint8Array): Uint8Array {
    return this.resting
      ? Y.diffUpdate(this.resting.state, stateVector)
      : Y.encodeStateAsUpdate(this.doc, stateVector);
  }

  private async receiveUpdate(conn: SyncConnection, update: Uint8Array): Promise<void> {
    if (conn.readOnly) {
      // Never applied, never stored; the client is told why its edit did not stick.
      conn.send(encodePermissionDenied(READ_ONLY_REASON));
      return;
    }
    // Every joiner answers the server's step 1, mostly with nothing: no need to wake for that.
    if (isEmptyUpdate(update)) return;
    let clientIds = this.newClientIds(conn, update);
    if (!clientIds) return;
    const refusal = this.deps.refuseUpdate?.(this.doc, update) ?? null;
    if (refusal) {
      conn.send(encodePermissionDenied(refusal));
      return;
    }
    if (this.takenClientId(conn, clientIds) !== undefined) {
      // A client that moved here from another node brings what it saw there, which this room
      // may not have heard of yet: read the log, then judge only what is still new.
      await this.link.catchUp();
      if (this.state !== 'ready' || conn.isClosed) return;
      clientIds = this.newClientIds(conn, update);
      if (!clientIds) return;
    }
    const taken = this.takenClientId(conn, clientIds);
    if (taken !== undefined) {
      this.refuse(conn, CloseCode.CLIENT_ID_TAKEN, `client id ${taken} is another person's`);
      return;
    }
    if (this.approxBytes + update.byteLength > this.deps.maxDocBytes) {
      this.refuse(conn, CloseCode.DOC_TOO_LARGE, `document passed ${this.deps.maxDocBytes} bytes`);
      return;
    }
    for (const id of clientIds)
      if (!this.clientOwners.has(id)) this.clientOwners.set(id, conn.userId);
    this.applyAllOrNothing(conn, update, clientIds);
  }

  /** The client ids the update writes beyond the document; null when it writes nothing. */
  private newClientIds(conn: SyncConnection, update: Uint8Array): number[] | null {
    try {
      const summary = inspectUpdate(this.doc, update);
      return summary.isEmpty ? null : summary.clientIds;
    } catch (err) {
      this.refuse(conn, CloseCode.MALFORMED_MESSAGE, err);
      return null;
    }
  }

  private takenClientId(conn: SyncConnection, clientIds: readonly number[]): number | undefined {
    return clientIds.find((id) => {
      const owner = this.clientOwners.get(id);
      return owner !== undefined && owner !== conn.userId;
    });
  }

  /**
   * Inspection makes a throw from Yjs unexpected; if one happens anyway the document in memory
   * may hold part of the update. That part is never logged or sent: the room closes everyone
   * (DOC_CORRUPT, they reconnect) and the next join rebuilds it from the store.
   */
  private applyAllOrNothing(conn: SyncConnection, update: Uint8Array, clientIds: number[]): void {
    const origin: TxOrigin = { source: 'client', connId: conn.id, userId: conn.userId, clientIds };
    const batched = this.batch.length;
    try {
      Y.applyUpdate(this.doc, update, origin);
      this.approxBytes += update.byteLength;
    } catch (err) {
      this.batch.length = batched;
      this.refuse(conn, CloseCode.MALFORMED_MESSAGE, err);
      this.deps.log.error({ docId: this.docId, err }, 'an update broke the document; reloading');
      this.abandon();
    }
  }

  /**
   * Logs what was applied before the damage, then closes the room so it reloads clean. The
   * manager forgets the room at once: a join meanwhile opens a new room, which loads once the
   * flush is done, instead of finding this one closing.
   */
  private abandon(): void {
    this.state = 'closing';
    const flushed = this.settled().then(() => {
      for (const conn of this.conns) conn.close(CloseCode.DOC_CORRUPT, 'document reloaded');
      this.conns.clear();
      this.state = 'closed';
      this.release();
    });
    this.deps.onFailed(this, flushed);
  }

  /** A Y.Doc for this room: the server's client id, its updates logged and broadcast. */
  private newDoc(): Y.Doc {
    return this.own(new Y.Doc());
  }

  /** Makes a loaded doc the room's, in place of the one it had. */
  private adopt(doc: Y.Doc): void {
    this.live?.destroy();
    this.live = this.own(doc);
  }

  private own(doc: Y.Doc): Y.Doc {
    doc.clientID = this.clientID;
    doc.on('update', this.onDocUpdate);
    return doc;
  }

  /** Rebuilds a resting room's Y.Doc from its encoded state. */
  private wake(): Y.Doc {
    const doc = this.newDoc();
    if (this.resting) Y.applyUpdate(doc, this.resting.state, LOAD_ORIGIN);
    this.resting = null;
    this.live = doc;
    this.changedAt = performance.now();
    return doc;
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (isTxOrigin(origin) && origin.source === 'load') return;
    this.changedAt = performance.now();
    this.replies.clear();
    if (this.state !== 'ready') return;
    // Another node stored it before anyone heard of it: only this node's sockets are left.
    if (origin === REMOTE_ORIGIN) {
      this.broadcast([broadcastFrame(encodeUpdate(update))]);
      return;
    }
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

  /** Applied updates not yet durable. */
  private get unsaved(): number {
    return this.batch.length + this.inFlight;
  }

  /** Appends this turn's batch; a room that is closing still logs what it had applied. */
  private async logBatch(): Promise<void> {
    const batch = this.batch;
    this.batch = [];
    if (batch.length === 0 || this.state === 'failed' || this.state === 'closed') {
      return this.settle();
    }
    this.inFlight += batch.length;
    let seqs: number[];
    try {
      seqs = await this.deps.store.appendUpdates(this.docId, batch);
    } catch (err) {
      this.fail(err);
      return;
    } finally {
      this.inFlight -= batch.length;
    }
    this.broadcast(
      batch.map(({ update, exclude }) => broadcastFrame(encodeUpdate(update), exclude)),
    );
    // The other nodes hear of it after this node's sockets: it is stored either way.
    this.link.stored(
      batch.map(({ update, source }, i) => ({
        seq: seqs[i] ?? 0,
        update,
        userId: source.userId,
        clientIds: source.clientIds,
      })),
    );
    const bytes = batch.reduce((sum, { update }) => sum + update.byteLength, 0);
    if (this.checkpoint.logged(batch.length, bytes)) this.deps.requestCheckpoint(this.docId);
    this.settle();
  }

  private settle(): void {
    if (this.unsaved > 0) return;
    for (const resolve of this.settledWaiters.splice(0)) resolve();
  }

  /** Resolves at a moment when every applied update is stored (or the store failed). */
  private settled(): Promise<void> {
    if (this.unsaved === 0) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  private activeCursors(): RoomCursors {
    if (this.cursors) return this.cursors;
    const host: CursorRoom = {
      clientID: this.clientID,
      conns: this.conns,
      isReady: () => this.state === 'ready',
      broadcastAwareness: (frame) => this.broadcast([broadcastFrame(frame)]),
    };
    this.cursors = new RoomCursors(host);
    return this.cursors;
  }

  private removeConnection(conn: SyncConnection): void {
    if (!this.conns.delete(conn)) return;
    if (this.cursors && conn.awarenessIds.size > 0 && this.state === 'ready') {
      this.publishRemoval(this.cursors, conn);
    }
    if (this.conns.size === 0) this.deps.onEmpty(this);
  }

  /** Drops a socket's cursors here and tells the other nodes. */
  private publishRemoval(cursors: RoomCursors, conn: SyncConnection): void {
    const removed = cursors.remove([...conn.awarenessIds]);
    if (removed) this.link.publishAwareness(removed, conn.userId);
  }

  /**
   * The room is closing with people still in it (shutdown): the other nodes drop their cursors
   * now rather than when they time out.
   */
  private publishDepartures(): void {
    const cursors = this.cursors;
    if (!cursors) return;
    for (const conn of this.conns) this.publishRemoval(cursors, conn);
  }

  /** FanoutHost: an awareness update another node's socket made. */
  applyRemoteAwareness(update: Uint8Array, userId: string | null): void {
    if (this.state !== 'ready') return;
    this.activeCursors().applyRemote(update, userId);
  }

  /** FanoutHost: this node's cursors, one update per connection, for a node that asks. */
  localAwareness(): { update: Uint8Array; userId: string | null }[] {
    const cursors = this.cursors;
    if (!cursors) return [];
    return [...this.conns].flatMap((conn) => {
      const update = cursors.encodeEntries([...conn.awarenessIds]);
      return update ? [{ update, userId: conn.userId }] : [];
    });
  }

  /**
   * FanoutHost: an update the log already holds, applied and broadcast here, never logged
   * again. Its client ids' owners join the room's, so the 4409 check holds across nodes.
   */
  applyRemote(update: Uint8Array, owners: Iterable<readonly [number, string | null]>): void {
    if (this.state !== 'ready') return;
    for (const [id, userId] of owners)
      if (!this.clientOwners.has(id)) this.clientOwners.set(id, userId);
    try {
      Y.applyUpdate(this.doc, update, REMOTE_ORIGIN);
      this.approxBytes += update.byteLength;
    } catch (err) {
      this.deps.log.error(
        { docId: this.docId, err },
        'a stored update broke the document; reloading',
      );
      this.abandon();
    }
  }

  /** Each frame to every socket but the one it came from, framed once for all of them. */
  private broadcast(frames: readonly BroadcastFrame[]): void {
    for (const conn of this.conns) conn.sendFrames(frames);
  }

  private refuse(conn: SyncConnection, code: number, err: unknown): void {
    const reason = err instanceof Error ? err.message : String(err);
    const kind = err instanceof InvalidUpdateError ? 'invalid update' : 'refused frame';
    this.deps.log.warn(
      { docId: this.docId, connId: conn.id, userId: conn.userId, code, reason },
      kind,
    );
    conn.close(code, code === CloseCode.MALFORMED_MESSAGE ? 'malformed message' : reason);
  }

  /** Leaves the fan-out and frees the document; the room is done. */
  private release(): void {
    this.cursors?.destroy();
    this.link.close();
    this.live?.destroy();
  }

  private fail(err: unknown): void {
    if (this.state === 'failed' || this.state === 'closed') return;
    this.state = 'failed';
    this.deps.log.error({ docId: this.docId, err }, 'document store failed; closing room');
    for (const conn of this.conns)
      conn.close(CloseCode.STORE_UNAVAILABLE, 'document store unavailable');
    this.conns.clear();
    this.deps.onFailed(this);
    this.release();
    // Nothing more will be stored: whoever waits for a flush learns it failed.
    this.batch = [];
    for (const resolve of this.settledWaiters.splice(0)) resolve();
  }
}

/** An update with no structs and no deletions encodes as two zero counts. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.byteLength === 2 && update[0] === 0 && update[1] === 0;
}

function toUpdateSource(origin: unknown): UpdateSource {
  if (isTxOrigin(origin) && origin.source === 'client') {
    return { connId: origin.connId, userId: origin.userId, clientIds: origin.clientIds };
  }
  if (isTxOrigin(origin) && origin.source === 'server') {
    return {
      connId: `server:${origin.reason}`,
      userId: origin.userId ?? null,
      clientIds: origin.clientIds ?? [],
    };
  }
  return { connId: 'server:unknown', userId: null, clientIds: [] };
}
