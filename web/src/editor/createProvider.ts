import { SYNC_PATH } from '@tandem/protocol';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { JitteredWebsocketProvider } from './JitteredWebsocketProvider';
import { localStoreName } from './localCopies';
import { SyncStatusStore } from './SyncStatusStore';

/** Everything one open document needs: its Y.Doc, the live socket, and the status it reports. */
export interface DocumentConnection {
  readonly documentId: string;
  readonly doc: Y.Doc;
  readonly provider: JitteredWebsocketProvider;
  readonly status: SyncStatusStore;
  /**
   * Resolves once we have seen the document's content: the first server sync, or — when the
   * server does not answer — the local IndexedDB copy after a short grace period.
   */
  readonly contentLoaded: Promise<void>;
  destroy(): void;
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
 * (Yjs updates commute). The WebSocket provider starts disconnected: CollaborationPlugin
 * connects it when the editor mounts.
 *
 * IndexedDB is attached on that first connect, not here. Lexical's Yjs binding (v1) only renders
 * content that arrives as changes after it starts observing the document; it has no pass that
 * renders a Y.Doc that was already full when it bound. Loading the local copy earlier would leave
 * the editor blank over a non-empty document (and the next keystroke would be typed into that
 * blank view). Connecting happens right after the binding subscribes, so from then on every
 * update — local copy or server — reaches the editor.
 */
export function createProvider(documentId: string, userId: string): DocumentConnection {
  const doc = new Y.Doc();
  let persistence: IndexeddbPersistence | null = null;
  let resolveLocalLoaded: () => void = () => {};
  const localLoaded = new Promise<void>((resolve) => {
    resolveLocalLoaded = resolve;
  });
  const provider = new JitteredWebsocketProvider(syncServerUrl(), documentId, doc, () => {
    persistence = new IndexeddbPersistence(localStoreName(userId, documentId), doc);
    void persistence.whenSynced.then(() => resolveLocalLoaded());
  });
  const status = new SyncStatusStore(
    provider,
    doc,
    (origin) => origin === provider || (persistence !== null && origin === persistence),
  );
  // Gone, or no longer ours to read (removed from the workspace): its local copy goes too.
  const unsubscribe = status.subscribe(() => {
    if (status.getSnapshot().connection !== 'not-found') return;
    unsubscribe();
    void persistence?.clearData();
  });
  const contentLoaded = Promise.race([
    whenFirstSynced(provider),
    localLoaded.then(() => delay(LOCAL_ONLY_GRACE_MS)),
  ]);
  return {
    documentId,
    doc,
    provider,
    status,
    contentLoaded,
    destroy() {
      unsubscribe();
      status.destroy();
      provider.destroy();
      void persistence?.destroy();
      doc.destroy();
    },
  };
}
