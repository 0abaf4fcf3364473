import type { SessionState } from '@tandem/protocol';
import { call, type RealtimeSocket } from '../presence';

export type FollowTarget = NonNullable<SessionState['follow']> & { sessionId: string };

export interface ActiveSession {
  sessionId: string;
  following: boolean;
  state: SessionState | null;
}

export interface SessionsView {
  /** Sessions per workspace, as last listed and then kept current by `session:state`. */
  lists: ReadonlyMap<string, SessionState[]>;
  /** The live session this tab is in (its room), if any: the session bar follows it. */
  active: ActiveSession | null;
}

const STORAGE_KEY = 'tandem.activeSession';

function readStored(): { sessionId: string; following: boolean } | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { sessionId, following } = parsed as Record<string, unknown>;
    return typeof sessionId === 'string' ? { sessionId, following: following === true } : null;
  } catch {
    return null; // storage disabled or garbage: start outside any session
  }
}

function store(active: ActiveSession | null): void {
  try {
    if (active) {
      sessionStorage.setItem(
        STORAGE_KEY,
        JSON.stringify({ sessionId: active.sessionId, following: active.following }),
      );
    } else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Without storage a reload leaves the session; everything else still works.
  }
}

/**
 * Committee sessions over the tab's socket: the lists, the session this tab is in, and
 * following the presenter. After a reconnect (or a reload, via sessionStorage) it joins the room
 * again and, when following, jumps to where the presenter is now (S3).
 */
export class SessionClient {
  private view: SessionsView;
  private readonly listeners = new Set<() => void>();
  onFollow: ((target: FollowTarget) => void) | null = null;

  constructor(private readonly socket: RealtimeSocket) {
    const stored = readStored();
    this.view = { lists: new Map(), active: stored ? { ...stored, state: null } : null };
    socket.on('connect', this.onConnect);
    socket.on('session:state', this.onState);
    socket.on('session:follow', this.onFollowEvent);
    if (socket.connected) this.onConnect();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getView = (): SessionsView => this.view;

  destroy(): void {
    this.socket.off('connect', this.onConnect);
    this.socket.off('session:state', this.onState);
    this.socket.off('session:follow', this.onFollowEvent);
    this.listeners.clear();
  }

  async refreshList(workspaceId: string) {
    const res = await call(this.socket, 'session:list', { workspaceId });
    if (res.ok) {
      const lists = new Map(this.view.lists);
      lists.set(workspaceId, res.data);
      this.set({ lists });
    }
    return res;
  }

  /** Enters a session's room (and its attendance when it is live). */
  async join(sessionId: string) {
    const previous = this.view.active?.sessionId;
    const res = await call(this.socket, 'session:join', { sessionId });
    if (!res.ok) return res;
    // One session per tab: leave the other room, so its presenter no longer moves this tab.
    if (previous && previous !== sessionId) {
      void call(this.socket, 'session:leave', { sessionId: previous });
    }
    const same = this.view.active?.sessionId === sessionId;
    const following = same ? (this.view.active?.following ?? false) : false;
    this.setActive({ sessionId, following, state: res.data });
    this.upsert(res.data);
    return res;
  }

  async leave() {
    const active = this.view.active;
    if (!active) return;
    this.setActive(null);
    await call(this.socket, 'session:leave', { sessionId: active.sessionId });
  }

  /** Follow the presenter (jumping to where they are now) or stop following. */
  async setFollowing(following: boolean) {
    const active = this.view.active;
    if (!active) return null;
    this.setActive({ ...active, following });
    const res = await call(this.socket, 'session:follow', {
      sessionId: active.sessionId,
      following,
    });
    if (!res.ok) {
      this.setActive({ ...active, following: !following });
      return res;
    }
    this.upsert(res.data);
    if (following && res.data.follow)
      this.onFollow?.({ sessionId: res.data.id, ...res.data.follow });
    return res;
  }

  get socketRef(): RealtimeSocket {
    return this.socket;
  }

  private readonly onConnect = () => {
    const active = this.view.active;
    if (!active) return;
    void (async () => {
      const res = await call(this.socket, 'session:join', { sessionId: active.sessionId });
      if (!res.ok) {
        // The session is gone or no longer ours to see.
        this.setActive(null);
        return;
      }
      this.upsert(res.data);
      if (res.data.status === 'ended') return;
      if (this.view.active?.following) await this.setFollowing(true);
    })();
  };

  private readonly onState = (state: SessionState) => {
    this.upsert(state);
  };

  private readonly onFollowEvent = (target: FollowTarget) => {
    const active = this.view.active;
    if (active?.sessionId === target.sessionId && active.following) this.onFollow?.(target);
  };

  /**
   * A newer state of one session, into its list and the active session. States broadcast by
   * two server nodes may cross on the way: one older than what the tab holds is dropped (the
   * same revision may still bring a new follower count).
   */
  upsert(state: SessionState): void {
    const lists = new Map(this.view.lists);
    const list = lists.get(state.workspaceId);
    const held = [this.view.active?.state, ...(list ?? [])].find((s) => s?.id === state.id);
    if (held && state.revision < held.revision) return;
    if (list) {
      const at = list.findIndex((s) => s.id === state.id);
      lists.set(
        state.workspaceId,
        at >= 0 ? list.map((s, i) => (i === at ? state : s)) : [...list, state],
      );
    }
    const active = this.view.active;
    const nextActive = active?.sessionId === state.id ? { ...active, state } : active;
    this.set({ lists, active: nextActive });
  }

  private setActive(active: ActiveSession | null): void {
    store(active);
    this.set({ active });
  }

  private set(patch: Partial<SessionsView>): void {
    this.view = { ...this.view, ...patch };
    for (const listener of this.listeners) listener();
  }
}
