import type {
  PresenceLocation,
  PresenceSnapshot,
  PresenceStatus,
  PresenceUpdate,
} from '@tandem/protocol';
import { call, type RealtimeSocket } from './realtimeSocket';

export type RealtimeConnection = 'connecting' | 'connected' | 'reconnecting';

export interface PresenceView {
  connection: RealtimeConnection;
  workspaceId: string | null;
  mode: 'full' | 'watch';
  snapshot: PresenceSnapshot | null;
  /** P7: Redis is down, so only the people on this server are shown. */
  degraded: boolean;
  /** This tab's connection id: our own entry in the snapshot. */
  selfConnId: string | null;
  /** Where this tab says it is. */
  documentId: string | null;
  location: PresenceLocation | null;
}

/** Location reports are coalesced: scrolling through a document sends a few updates, not 60 a second. */
const UPDATE_EVERY_MS = 250;

/**
 * This tab's presence in one workspace over the shared socket: joins (again after every
 * reconnect, replaying where we are), reports document, section/cell and status, and keeps the
 * latest snapshot for the UI (useSyncExternalStore).
 */
export class PresenceClient {
  private view: PresenceView;
  private readonly listeners = new Set<() => void>();
  private pending: PresenceUpdate = {};
  private timer: ReturnType<typeof setTimeout> | null = null;
  private status: PresenceStatus = 'active';
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly socket: RealtimeSocket) {
    this.view = {
      connection: 'connecting',
      workspaceId: null,
      mode: 'full',
      snapshot: null,
      degraded: false,
      selfConnId: null,
      documentId: null,
      location: null,
    };
    socket.on('connect', this.onConnect);
    socket.on('disconnect', this.onDisconnect);
    socket.on('connect_error', this.onConnectError);
    socket.on('presence:snapshot', (snapshot) => {
      if (snapshot.workspaceId === this.view.workspaceId) this.set({ snapshot });
    });
    socket.on('presence:degraded', () => this.set({ degraded: true }));
    socket.on('presence:restored', () => this.set({ degraded: false }));
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getView = (): PresenceView => this.view;

  /** Joins `workspaceId` (leaving any other: one workspace per tab at a time). */
  setWorkspace(workspaceId: string | null, mode: 'full' | 'watch' = this.view.mode): void {
    if (workspaceId === this.view.workspaceId && mode === this.view.mode) return;
    // Another workspace: no place there yet. Only the mode changing: same place, re-joined.
    const place = workspaceId === this.view.workspaceId ? {} : { documentId: null, location: null };
    this.set({ workspaceId, mode, snapshot: null, ...place });
    if (workspaceId && this.socket.connected) void this.join();
  }

  setMode(mode: 'full' | 'watch'): void {
    this.setWorkspace(this.view.workspaceId, mode);
  }

  /** Where this tab is: a document (null on other pages) and a section or cell in it. */
  setPlace(documentId: string | null, location: PresenceLocation | null = null): void {
    const same =
      documentId === this.view.documentId &&
      JSON.stringify(location) === JSON.stringify(this.view.location);
    if (same) return;
    this.set({ documentId, location });
    this.queue({ documentId, location });
  }

  setStatus(status: PresenceStatus): void {
    if (status === this.status) return;
    this.status = status;
    this.queue({ status });
  }

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.socket.off('connect', this.onConnect);
    this.socket.off('disconnect', this.onDisconnect);
    this.socket.off('connect_error', this.onConnectError);
    this.listeners.clear();
  }

  private readonly onConnect = () => {
    this.set({ connection: 'connected', selfConnId: this.socket.id ?? null });
    if (this.view.workspaceId) void this.join();
  };

  private readonly onDisconnect = (reason: string) => {
    this.set({ connection: 'reconnecting' });
    // The server closes our socket when our access changed; socket.io leaves that closed, but
    // the server expects us back, to check us again (as for the sync socket's 4509).
    if (reason === 'io server disconnect') this.retry(1_000);
  };

  /** A refused handshake: retry a server hiccup; an unknown session stays signed out. */
  private readonly onConnectError = (err: Error) => {
    if (err.message !== 'AUTH_REQUIRED' && !this.socket.active) this.retry(3_000);
  };

  private retry(afterMs: number): void {
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.socket.connected) this.socket.connect();
    }, afterMs);
  }

  private async join(): Promise<void> {
    const workspaceId = this.view.workspaceId;
    if (!workspaceId) return;
    const res = await call(this.socket, 'presence:join', { workspaceId, mode: this.view.mode });
    if (!res.ok || workspaceId !== this.view.workspaceId) return;
    this.set({ snapshot: res.data });
    // A fresh join starts with no place: say where we are again.
    const { documentId, location } = this.view;
    this.queue({ documentId, location, status: this.status });
  }

  private queue(update: PresenceUpdate): void {
    this.pending = { ...this.pending, ...update };
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      const next = this.pending;
      this.pending = {};
      if (!this.view.workspaceId || !this.socket.connected) return;
      void call(this.socket, 'presence:update', next);
    }, UPDATE_EVERY_MS);
  }

  private set(patch: Partial<PresenceView>): void {
    this.view = { ...this.view, ...patch };
    for (const listener of this.listeners) listener();
  }
}
