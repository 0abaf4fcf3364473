import { SYNC_PATH } from '@tandem/protocol';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { JitteredWebsocketProvider } from './JitteredWebsocketProvider';
import { SyncStatusStore } from './SyncStatusStore';

/** Everything one open document needs: its Y.Doc, local persistence, the live socket, status. */
export interface DocumentConnection {
  readonly documentId: string;
  readonly doc: Y.Doc;
  readonly provider: JitteredWebsocketProvider;
  readonly persistence: IndexeddbPersistence;
  readonly status: SyncStatusStore;
  /**
   * Resolves once we have seen the document's content: the first server sync, or — when the
   * server does not answer — the local IndexedDB copy after a short grace period.
   */
  readonly contentLoaded: Promise<void>;
  destroy(): void;
}

/** IndexedDB database name for a document's local copy. */
export function localStoreName(documentId: string): string {
  return `tandem:${documentId}`;
}

export function syncServerUrl(location: Location = window.location): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${SYNC_PATH}`;
}

/** How long to wait for the server before treating the local copy as the content to edit. */
const LOCAL_ONLY_GRACE_MS = 3000;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function whenFirstSynced(provider: JitteredWebsocketProvider): Promise<void> {
  return new Promise((resolve) => {
    const onSync = (synced: boolean) => {
      if (!synced) return;
      provider.off('sync', onSync);
      resolve();
    };
    provider.on('sync', onSync);
  });
}

/**
 * Creates the Y.Doc for a document with two providers. IndexedDB keeps every local edit on this
 * device, so edits made offline survive a reload and merge into the server's copy on reconnect
 * (Yjs updates commute). The WebSocket provider is created disconnected: CollaborationPlugin
 * connects it when the editor mounts.
 */
export function createProvider(documentId: string): DocumentConnection {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(localStoreName(documentId), doc);
  const provider = new JitteredWebsocketProvider(syncServerUrl(), documentId, doc);
  const status = new SyncStatusStore(provider, doc, [provider, persistence]);
  const contentLoaded = Promise.race([
    whenFirstSynced(provider),
    persistence.whenSynced.then(() => delay(LOCAL_ONLY_GRACE_MS)),
  ]);
  return {
    documentId,
    doc,
    provider,
    persistence,
    status,
    contentLoaded,
    destroy() {
      status.destroy();
      provider.destroy();
      void persistence.destroy();
      doc.destroy();
    },
  };
}
