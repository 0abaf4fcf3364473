import {
  type PresenceEntry,
  PresenceJoin,
  type PresenceSnapshot,
  PresenceUpdate,
  WorkspaceRef,
} from '@tandem/protocol';
import type { AccountStore } from '../auth';
import type { Logger } from '../logger';
import { buildSnapshot } from './aggregate';
import { handle } from './handle';
import type { PresenceRegistry } from './PresenceRegistry';
import { principalOf, SocketError, type TandemServer, type TandemSocket } from './socketTypes';

export interface PresenceOptions {
  /** A node that vanished without cleanup has its people dropped after this long. */
  ttlMs: number;
  /** Presence changes per workspace are coalesced and sent at most once per this interval. */
  flushMs: number;
  /** socket.io heartbeat: a dropped network is noticed within pingInterval + pingTimeout. */
  pingIntervalMs: number;
  pingTimeoutMs: number;
  /**
   * A Redis step that takes longer than this counts Redis as stalled (connected, not answering):
   * presence degrades to this node at once instead of keeping joins waiting.
   */
  redisTimeoutMs: number;
}

/** The workspace a document belongs to, or null when it does not exist. */
export type DocumentWorkspace = (documentId: string) => Promise<string | null>;

export const DEFAULT_PRESENCE_OPTIONS: PresenceOptions = {
  ttlMs: 15_000,
  flushMs: 150,
  pingIntervalMs: 5_000,
  pingTimeoutMs: 5_000,
  redisTimeoutMs: 1_000,
};

const fullRoom = (ws: string) => `presence:${ws}:full`;
const watchRoom = (ws: string) => `presence:${ws}:watch`;
/** Every socket that joined a workspace, whatever its mode; sessions announce here. */
export const workspaceRoom = (ws: string) => `workspace:${ws}`;

/**
 * The presence protocol on every socket: join a workspace, say where you are, leave. Changes
 * mark the workspace dirty; a timer sends each dirty workspace one snapshot per `flushMs`, so
 * 100 people moving at 10 Hz cost each watcher ~7 messages a second, not 1,000.
 */
export class PresenceHub {
  private readonly dirty = new Set<string>();
  private readonly lastSent = new Map<string, string>();
  /** Each socket's latest presence update, which its next one waits for. */
  private readonly updating = new WeakMap<TandemSocket, Promise<unknown>>();
  private readonly timers: NodeJS.Timeout[] = [];
  private degraded = false;

  constructor(
    private readonly io: TandemServer,
    readonly registry: PresenceRegistry,
    private readonly accounts: AccountStore,
    private readonly log: Logger,
    opts: PresenceOptions,
    private readonly documentWorkspace: DocumentWorkspace,
  ) {
    this.timers.push(setInterval(() => void this.flush(), opts.flushMs));
    this.timers.push(setInterval(() => void this.heartbeat(), Math.max(50, opts.ttlMs / 3)));
    this.timers.push(setInterval(() => this.checkDegraded(), 500));
  }

  get isDegraded(): boolean {
    return this.degraded;
  }

  attach(socket: TandemSocket): void {
    handle(socket, 'presence:join', PresenceJoin, this.log, (p) => this.join(socket, p));
    handle(socket, 'presence:update', PresenceUpdate, this.log, (p) => this.update(socket, p));
    handle(socket, 'presence:leave', WorkspaceRef, this.log, async () => {
      await this.leave(socket);
      return null;
    });
    socket.on('disconnect', () => void this.leave(socket));
  }

  /** Everyone present in a workspace now, on every node (attendance reads this). */
  list(workspaceId: string): Promise<PresenceEntry[]> {
    return this.registry.list(workspaceId);
  }

  private async join(socket: TandemSocket, p: PresenceJoin): Promise<PresenceSnapshot> {
    const { user } = principalOf(socket);
    const role = await this.accounts.roleOf(p.workspaceId, user.id);
    // A non-member gets the answer a missing workspace gets: never reveal that it exists.
    if (!role) throw new SocketError('WORKSPACE_NOT_FOUND', 'workspace not found');
    if (socket.data.presence) await this.leave(socket);
    const entry: PresenceEntry = {
      connId: socket.id,
      userId: user.id,
      name: user.name,
      side: user.organisation.side,
      role,
      workspaceId: p.workspaceId,
      documentId: null,
      location: null,
      status: 'active',
      updatedAt: Date.now(),
    };
    socket.data.presence = entry;
    socket.data.watch = p.mode === 'watch';
    await this.registry.upsert(entry);
    await socket.join([p.mode === 'watch' ? watchRoom(p.workspaceId) : fullRoom(p.workspaceId)]);
    await socket.join(workspaceRoom(p.workspaceId));
    this.dirty.add(p.workspaceId);
    if (this.degraded) socket.emit('presence:degraded', { reason: 'redis unavailable' });
    const entries = await this.registry.list(p.workspaceId);
    return buildSnapshot(p.workspaceId, entries, p.mode !== 'watch');
  }

  /**
   * One socket's updates apply in the order it sent them: each builds on the place the one
   * before left, and the document lookup of one must not let a later one land first (on
   * PostgreSQL two lookups can answer out of order, and the person's place would end stale).
   */
  private update(socket: TandemSocket, p: PresenceUpdate): Promise<null> {
    const applied = (this.updating.get(socket) ?? Promise.resolve()).then(() =>
      this.applyUpdate(socket, p),
    );
    // The next one waits for this one whatever its outcome; the caller hears this one's.
    this.updating.set(
      socket,
      applied.catch(() => undefined),
    );
    return applied;
  }

  private async applyUpdate(socket: TandemSocket, p: PresenceUpdate): Promise<null> {
    const before = socket.data.presence;
    if (!before) throw new SocketError('PRESENCE_NOT_JOINED', 'join a workspace first');
    // Checked only when the document changes: 10 Hz cursor moves within one stay cheap.
    if (p.documentId && p.documentId !== before.documentId) {
      const ws = await this.documentWorkspace(p.documentId);
      // Another workspace's document gets the answer a missing one gets.
      if (ws !== before.workspaceId) throw new SocketError('DOC_NOT_FOUND', 'document not found');
    }
    // A leave (or a join elsewhere) while the document was looked up wins: the update is about
    // a presence that is gone, and applying it would bring it back.
    const current = socket.data.presence;
    if (current?.connId !== before.connId || current.workspaceId !== before.workspaceId) {
      throw new SocketError('PRESENCE_NOT_JOINED', 'join a workspace first');
    }
    const next: PresenceEntry = {
      ...current,
      documentId: p.documentId === undefined ? current.documentId : p.documentId,
      location: p.location === undefined ? current.location : p.location,
      status: p.status ?? current.status,
      updatedAt: Date.now(),
    };
    socket.data.presence = next;
    await this.registry.upsert(next);
    this.dirty.add(next.workspaceId);
    return null;
  }

  private async leave(socket: TandemSocket): Promise<void> {
    const entry = socket.data.presence;
    if (!entry) return;
    socket.data.presence = undefined;
    for (const room of [fullRoom, watchRoom, workspaceRoom]) socket.leave(room(entry.workspaceId));
    this.dirty.add(entry.workspaceId);
    await this.registry.remove(entry.workspaceId, entry.connId);
  }

  private async flush(): Promise<void> {
    const workspaces = [...this.dirty];
    this.dirty.clear();
    for (const ws of workspaces) {
      try {
        const entries = await this.registry.list(ws);
        const full = buildSnapshot(ws, entries, true);
        const key = JSON.stringify(full);
        // Unchanged since this node last sent it (a heartbeat re-check): nothing to say.
        if (this.lastSent.get(ws) === key) continue;
        this.lastSent.set(ws, key);
        if (entries.length === 0) this.lastSent.delete(ws);
        this.io.to(fullRoom(ws)).emit('presence:snapshot', full);
        this.io.to(watchRoom(ws)).emit('presence:snapshot', buildSnapshot(ws, entries, false));
      } catch (err) {
        this.log.warn({ err, workspaceId: ws }, 'presence flush failed; retrying next tick');
        this.dirty.add(ws);
      }
    }
  }

  /** Keeps this node's entries alive and re-checks workspaces for entries that expired. */
  private async heartbeat(): Promise<void> {
    const own: PresenceEntry[] = [];
    for (const socket of this.io.of('/').sockets.values()) {
      const entry = socket.data.presence;
      if (!entry) continue;
      own.push(entry);
      this.dirty.add(entry.workspaceId);
    }
    try {
      await this.registry.touch(own);
    } catch (err) {
      this.log.warn({ err }, 'presence heartbeat failed');
    }
  }

  private checkDegraded(): void {
    const degraded = this.registry.mode === 'local';
    if (degraded === this.degraded) return;
    this.degraded = degraded;
    if (degraded) {
      this.log.warn('presence degraded: redis unavailable, showing this node only');
      // `local`: while Redis is away the adapter cannot reach other nodes anyway.
      this.io.local.emit('presence:degraded', { reason: 'redis unavailable' });
    } else {
      this.log.info('presence restored: redis is back');
      this.io.local.emit('presence:restored');
      void this.heartbeat();
    }
  }

  /** Stops the timers and takes this node's people out of the shared registry. */
  async close(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    for (const socket of this.io.of('/').sockets.values()) await this.leave(socket);
  }
}
