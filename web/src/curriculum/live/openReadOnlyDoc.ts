import { CloseCode } from '@tandem/protocol';
import * as Y from 'yjs';
import { JitteredWebsocketProvider, syncServerUrl } from '../../editor';

export type ReadOnlyState = 'loading' | 'ready' | 'unavailable';

/** Another document opened only to read it (a course standard reading its curriculum map). */
export interface ReadOnlyDoc {
  readonly documentId: string;
  readonly doc: Y.Doc;
  /** Resolves 'ready' on the first sync, 'unavailable' when the server refuses or times out. */
  readonly ready: Promise<Exclude<ReadOnlyState, 'loading'>>;
  destroy(): void;
}

const REFUSED = new Set<number>([
  CloseCode.DOC_NOT_FOUND,
  CloseCode.FORBIDDEN,
  CloseCode.UNAUTHORIZED,
]);

/**
 * Opens a second live connection to another document, to read it. Nothing here ever writes to
 * the doc; the awareness state is cleared so we do not show up as present in that document.
 * No IndexedDB copy: this view is only useful while online, and it must not shadow the owner's.
 */
export function openReadOnlyDoc(documentId: string, timeoutMs = 8000): ReadOnlyDoc {
  const doc = new Y.Doc();
  const provider = new JitteredWebsocketProvider(syncServerUrl(), documentId, doc);
  provider.awareness.setLocalState(null);
  const ready = new Promise<Exclude<ReadOnlyState, 'loading'>>((resolve) => {
    const timer = setTimeout(() => resolve('unavailable'), timeoutMs);
    provider.on('sync', (synced: boolean) => {
      if (!synced) return;
      clearTimeout(timer);
      resolve('ready');
    });
    provider.on('connection-close', (event: CloseEvent | null) => {
      if (event && REFUSED.has(event.code)) {
        clearTimeout(timer);
        resolve('unavailable');
      }
    });
  });
  provider.connect();
  let destroyed = false;
  return {
    documentId,
    doc,
    ready,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      provider.destroy();
      doc.destroy();
    },
  };
}
