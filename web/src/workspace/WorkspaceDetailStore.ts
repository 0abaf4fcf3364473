import type { WorkspaceDetail } from '@tandem/protocol';
import { ApiError } from '../api';

export type DetailEntry =
  | { status: 'loading' }
  | { status: 'ready'; detail: WorkspaceDetail }
  | { status: 'error'; error: ApiError };

const LOADING: DetailEntry = { status: 'loading' };

const toApiError = (error: unknown) =>
  error instanceof ApiError ? error : new ApiError(0, null, String(error));

/**
 * Workspace details (members, pairs, our role) shared by every component that shows them: the
 * members page, the home heading and the pair chip in each document header read one copy, and a
 * change made on the members page shows everywhere at once. Keyed by user and workspace, so
 * signing in as someone else never shows the previous person's view.
 */
export class WorkspaceDetailStore {
  readonly #entries = new Map<string, DetailEntry>();
  readonly #inflight = new Map<string, Promise<void>>();
  readonly #listeners = new Set<() => void>();

  constructor(private readonly fetchDetail: (workspaceId: string) => Promise<WorkspaceDetail>) {}

  static key(userId: string, workspaceId: string): string {
    return `${userId}\u0000${workspaceId}`;
  }

  get(key: string): DetailEntry {
    return this.#entries.get(key) ?? LOADING;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Loads unless already loaded or loading. */
  ensure(key: string, workspaceId: string): Promise<void> {
    if (this.#entries.has(key)) return this.#inflight.get(key) ?? Promise.resolve();
    return this.refresh(key, workspaceId);
  }

  /**
   * Reads again. Concurrent calls share one request. A network failure keeps what we had (the
   * page stays usable offline); an answer from the server (404: no longer a member) replaces it.
   */
  refresh(key: string, workspaceId: string): Promise<void> {
    const running = this.#inflight.get(key);
    if (running) return running;
    const request = this.fetchDetail(workspaceId).then(
      (detail) => this.#set(key, { status: 'ready', detail }),
      (error: unknown) => {
        const apiError = toApiError(error);
        if (apiError.isNetwork && this.get(key).status === 'ready') return;
        this.#set(key, { status: 'error', error: apiError });
      },
    );
    const tracked = request.finally(() => this.#inflight.delete(key));
    this.#inflight.set(key, tracked);
    if (!this.#entries.has(key)) this.#set(key, LOADING);
    return tracked;
  }

  #set(key: string, entry: DetailEntry): void {
    this.#entries.set(key, entry);
    for (const listener of this.#listeners) listener();
  }
}
