import { CloseCode } from '@tandem/protocol';
import type * as Y from 'yjs';
import type { JitteredWebsocketProvider } from './JitteredWebsocketProvider';
import { deriveSyncStatus, type SyncFacts, type SyncStatus } from './syncStatus';

/** How long an edit must sit in a drained socket before we call it saved. */
const SETTLE_MS = 400;

/**
 * Collects the facts behind the header's connection and save indicator and exposes them as a
 * `useSyncExternalStore` source.
 *
 * "Saved" is an inference, stated here so nobody mistakes it for an acknowledgement: y-websocket
 * has no per-update ack. The server appends an update to its log before broadcasting it and closes
 * the socket (4503) if its store fails, so an edit handed to an open, synced socket whose send
 * buffer has drained, with no error close following, is as saved as this protocol can tell us.
 * Edits made while disconnected stay pending until the next sync exchange uploads them; until
 * then they live in IndexedDB ("saved on this device").
 */
export class SyncStatusStore {
  #facts: SyncFacts = {
    browserOnline: typeof navigator === 'undefined' ? true : navigator.onLine,
    socketConnected: false,
    synced: false,
    everSynced: false,
    lastCloseCode: null,
    closeCount: 0,
    pendingLocalEdits: false,
  };
  #status: SyncStatus = deriveSyncStatus(this.#facts);
  #listeners = new Set<() => void>();
  #settleTimer: ReturnType<typeof setTimeout> | undefined;
  #cleanups: Array<() => void> = [];
  #hadLocalEdits = false;

  constructor(
    private readonly provider: JitteredWebsocketProvider,
    doc: Y.Doc,
    /** Whether an update's origin is not the user's own editing (the provider, IndexedDB). */
    isRemoteOrigin: (origin: unknown) => boolean,
  ) {
    const onStatus = ({ status }: { status: string }) =>
      this.#update({ socketConnected: status === 'connected' });
    const onSync = (synced: boolean) => {
      this.#update(synced ? { synced, everSynced: true, lastCloseCode: null } : { synced });
      if (synced) this.#scheduleSettle();
    };
    const onClose = (event: CloseEvent | null) => {
      if (event === null) return;
      const lostUnacknowledged = event.code === CloseCode.STORE_UNAVAILABLE && this.#hadLocalEdits;
      this.#update({
        lastCloseCode: event.code,
        closeCount: this.#facts.closeCount + 1,
        socketConnected: false,
        synced: false,
        ...(lostUnacknowledged ? { pendingLocalEdits: true } : {}),
      });
    };
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (isRemoteOrigin(origin)) return;
      this.#hadLocalEdits = true;
      this.#update({ pendingLocalEdits: true });
      this.#scheduleSettle();
    };
    const onOnline = () => this.#update({ browserOnline: true });
    const onOffline = () => this.#update({ browserOnline: false });

    provider.on('status', onStatus);
    provider.on('sync', onSync);
    provider.on('connection-close', onClose);
    doc.on('update', onUpdate);
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    this.#cleanups.push(
      () => provider.off('status', onStatus),
      () => provider.off('sync', onSync),
      () => provider.off('connection-close', onClose),
      () => doc.off('update', onUpdate),
      () => window.removeEventListener('online', onOnline),
      () => window.removeEventListener('offline', onOffline),
    );
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getSnapshot = (): SyncStatus => this.#status;

  destroy(): void {
    clearTimeout(this.#settleTimer);
    for (const cleanup of this.#cleanups) cleanup();
    this.#cleanups = [];
    this.#listeners.clear();
  }

  #update(patch: Partial<SyncFacts>): void {
    this.#facts = { ...this.#facts, ...patch };
    const next = deriveSyncStatus(this.#facts);
    if (next.connection === this.#status.connection && next.save === this.#status.save) return;
    this.#status = next;
    for (const listener of this.#listeners) listener();
  }

  #scheduleSettle(): void {
    clearTimeout(this.#settleTimer);
    this.#settleTimer = setTimeout(() => this.#settle(), SETTLE_MS);
  }

  #settle(): void {
    if (!this.#facts.pendingLocalEdits) return;
    const { socketConnected, synced } = this.#facts;
    // Not connected: the next sync will reschedule this check.
    if (!socketConnected || !synced) return;
    const ws = this.provider.ws;
    if (ws !== null && ws.bufferedAmount > 0) {
      this.#scheduleSettle();
      return;
    }
    this.#update({ pendingLocalEdits: false });
  }
}
