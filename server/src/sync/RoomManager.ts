import { CloseCode } from '@tandem/protocol';
import type * as Y from 'yjs';
import type { Logger } from '../logger';
import type { Compactor, DocumentStore } from '../persistence';
import { DEFAULT_CHECKPOINT_BYTES, DEFAULT_CHECKPOINT_MS } from './CheckpointSchedule';
import { DocRoom, type DocRoomDeps } from './DocRoom';
import { type DocFanout, type FanoutLinkOptions, LocalFanout } from './fanout';
import type { SyncConnection } from './SyncConnection';

export interface RoomManagerOptions {
  store: DocumentStore;
  compactor: Compactor;
  log: Logger;
  idleMs: number;
  checkpointEvery: number;
  /** Bytes logged, or time with edits, after which a room asks for a checkpoint anyway. */
  checkpointBytes?: number;
  checkpointMs?: number;
  heartbeatMs?: number;
  /** `DocRoomDeps.restMs`: quiet time after which a room keeps its document encoded. */
  restMs?: number;
  /** The memory guard: a document whose encoded size passes this takes no more updates. */
  maxDocBytes?: number;
  /** Other nodes serving the same documents; none (a lone LocalFanout) by default. */
  fanout?: DocFanout;
  fanoutOptions?: FanoutLinkOptions;
  /** Handed to every room (`DocRoomDeps.refuseUpdate`). */
  refuseUpdate?(doc: Y.Doc, update: Uint8Array): string | null;
}

/** Encoded bytes; a Y.Doc in memory is several times larger. */
const DEFAULT_MAX_DOC_BYTES = 64 * 1024 * 1024;
export const DEFAULT_REST_MS = 1_000;
/**
 * How often sign-in expiry and quiet rooms are checked: a socket closes at most this long after
 * its sign-in runs out, a room rests at most this long after its quiet time.
 */
const SWEEP_MS = 500;

/**
 * Opens a room per document on first use and unloads it once it has had no connection for
 * `idleMs`, so memory follows the documents in use, not the documents ever opened.
 */
export class RoomManager {
  private readonly rooms = new Map<string, DocRoom>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  private readonly connections = new Set<SyncConnection>();
  /** Rooms unloaded but still flushing; a reopened room loads after them. */
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly heartbeat: NodeJS.Timeout;
  /** Closes sockets whose sign-in ran out and rests quiet rooms; one timer for all of them. */
  private readonly sweep: NodeJS.Timeout;
  private closing = false;
  readonly fanout: DocFanout;
  /** What every room is given; one object for all of them. */
  private readonly roomDeps: DocRoomDeps;

  constructor(private readonly options: RoomManagerOptions) {
    this.fanout = options.fanout ?? new LocalFanout();
    this.heartbeat = setInterval(() => {
      for (const conn of this.connections) conn.heartbeat();
    }, options.heartbeatMs ?? 30_000);
    this.heartbeat.unref();
    this.sweep = setInterval(() => {
      const wallClock = Date.now();
      for (const conn of this.connections) conn.checkExpiry(wallClock);
      const now = performance.now();
      for (const room of this.rooms.values()) room.restIfQuiet(now);
    }, SWEEP_MS);
    this.sweep.unref();
    const { store, compactor, log, checkpointEvery } = options;
    this.roomDeps = {
      store,
      log,
      fanout: this.fanout,
      ...(options.fanoutOptions ? { fanoutOptions: options.fanoutOptions } : {}),
      checkpoints: {
        updates: checkpointEvery,
        bytes: options.checkpointBytes ?? DEFAULT_CHECKPOINT_BYTES,
        ms: options.checkpointMs ?? DEFAULT_CHECKPOINT_MS,
      },
      maxDocBytes: options.maxDocBytes ?? DEFAULT_MAX_DOC_BYTES,
      restMs: options.restMs ?? DEFAULT_REST_MS,
      requestCheckpoint: (id) => compactor.request(id),
      onFailed: (failed, flushed) => {
        this.forget(failed);
        if (flushed) this.trackUnload(failed.docId, flushed);
      },
      onEmpty: (empty) => this.scheduleUnload(empty),
      ...(options.refuseUpdate ? { refuseUpdate: options.refuseUpdate } : {}),
    };
  }

  get openRooms(): number {
    return this.rooms.size;
  }

  get openConnections(): number {
    return this.connections.size;
  }

  /** The loaded room of a document, or null if it is not open. */
  peek(docId: string): DocRoom | null {
    return this.rooms.get(docId) ?? null;
  }

  /**
   * Adds a connection to the document's room once the room is loaded. Resolves with the room,
   * or null when the connection was closed instead (store failure, shutdown, client gone).
   */
  async join(docId: string, conn: SyncConnection): Promise<DocRoom | null> {
    if (this.closing) {
      conn.close(CloseCode.GOING_AWAY, 'server shutting down');
      return null;
    }
    this.connections.add(conn);
    conn.onClose(() => this.connections.delete(conn));
    const room = this.open(docId);
    try {
      await room.loaded;
    } catch {
      conn.close(CloseCode.STORE_UNAVAILABLE, 'document store unavailable');
      return null;
    }
    if (conn.isClosed) {
      if (room.connectionCount === 0) this.scheduleUnload(room);
      return null;
    }
    room.addConnection(conn);
    return conn.isClosed ? null : room;
  }

  /** Every open connection whose person is known (admitted), loading rooms included. */
  admittedConnections(): SyncConnection[] {
    return [...this.connections].filter((c) => c.userId !== null && !c.isClosed);
  }

  /** Closes matching connections in every room; returns how many. */
  closeConnections(match: (conn: SyncConnection) => boolean, code: number, reason: string): number {
    let closed = 0;
    for (const room of this.rooms.values()) closed += room.closeConnections(match, code, reason);
    return closed;
  }

  /** Closes one document's room at once (it was deleted, say). */
  async closeDocument(docId: string, code: number): Promise<void> {
    const room = this.rooms.get(docId);
    if (!room) return;
    this.forget(room);
    await room.close(code, 'document closed');
  }

  /** Flushes and closes every room; new connections are refused from now on. */
  async closeAll(): Promise<void> {
    this.closing = true;
    clearInterval(this.heartbeat);
    clearInterval(this.sweep);
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
    await Promise.all([...this.rooms.values()].map((room) => room.close(CloseCode.GOING_AWAY)));
    await Promise.all(this.unloading.values());
    this.rooms.clear();
  }

  private open(docId: string): DocRoom {
    this.cancelUnload(docId);
    const existing = this.rooms.get(docId);
    if (existing) return existing;
    const room = new DocRoom(docId, this.roomDeps, this.unloading.get(docId));
    // A failed load is reported to each joiner; this only keeps it from going unhandled.
    room.loaded.catch(() => this.forget(room));
    this.rooms.set(docId, room);
    return room;
  }

  private scheduleUnload(room: DocRoom): void {
    if (this.closing || this.rooms.get(room.docId) !== room) return;
    this.cancelUnload(room.docId);
    const timer = setTimeout(() => {
      this.idleTimers.delete(room.docId);
      if (room.connectionCount > 0 || this.rooms.get(room.docId) !== room) return;
      this.rooms.delete(room.docId);
      this.trackUnload(room.docId, room.close());
      this.options.log.debug({ docId: room.docId }, 'room unloaded');
    }, this.options.idleMs);
    timer.unref();
    this.idleTimers.set(room.docId, timer);
  }

  /** A room of `docId` is still storing what it applied; the next one loads after it. */
  private trackUnload(docId: string, closing: Promise<void>): void {
    const closed = closing
      .catch((err: unknown) => {
        this.options.log.error({ err, docId }, 'failed to unload room');
      })
      .finally(() => {
        if (this.unloading.get(docId) === closed) this.unloading.delete(docId);
      });
    this.unloading.set(docId, closed);
  }

  private cancelUnload(docId: string): void {
    const timer = this.idleTimers.get(docId);
    if (timer) clearTimeout(timer);
    this.idleTimers.delete(docId);
  }

  private forget(room: DocRoom): void {
    if (this.rooms.get(room.docId) === room) this.rooms.delete(room.docId);
    this.cancelUnload(room.docId);
  }
}
