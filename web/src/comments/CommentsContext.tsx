import type { DocumentType, Side } from '@tandem/domain';
import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
} from 'react';
import { useSearchParams } from 'react-router';
import type * as Y from 'yjs';
import { useRealtime } from '../presence';
import { CommentsPanel } from './CommentsPanel';
import { type CommentsAwareness, type CommentsState, CommentsStore } from './CommentsStore';
import './comments.css';

const CommentsContext = createContext<CommentsStore | null>(null);

interface CommentsProviderProps {
  documentId: string;
  documentType: DocumentType;
  workspaceId: string | null;
  doc: Y.Doc;
  /** The document's awareness: who is typing where, for live attribution. */
  awareness: CommentsAwareness | null;
  user: { id: string; name: string; side: Side };
  /** Editors and commenters comment; everyone else reads (H12, H16). */
  canComment: boolean;
  children: ReactNode;
}

/**
 * Comments and attribution for one open document: everything inside (header buttons, editors,
 * the curriculum grid) reaches the same store, and the panel is drawn beside the page.
 */
export function CommentsProvider(props: CommentsProviderProps) {
  const { documentId, doc, canComment, awareness } = props;
  const { id, name, side } = props.user;
  const [store, setStore] = useState<CommentsStore | null>(null);
  useEffect(() => {
    const created = new CommentsStore(documentId, doc, { id, name, side }, canComment, awareness);
    setStore(created);
    const stop = created.start();
    return () => {
      stop();
      setStore(null);
    };
  }, [documentId, doc, id, name, side, canComment, awareness]);
  // The server says when anyone changes this document's threads.
  const realtime = useRealtime();
  useEffect(() => {
    if (!realtime || !store) return;
    const onChanged = (change: { documentId: string }) => {
      if (change.documentId === documentId) void store.refresh();
    };
    realtime.socket.on('comments:changed', onChanged);
    return () => {
      realtime.socket.off('comments:changed', onChanged);
    };
  }, [realtime, store, documentId]);
  return (
    <CommentsContext.Provider value={store}>
      {props.children}
      {store && <OpenLinkedThread store={store} />}
      {store && (
        <CommentsPanel
          store={store}
          workspaceId={props.workspaceId}
          structured={props.documentType === 'curriculum-map'}
          documentType={props.documentType}
        />
      )}
    </CommentsContext.Provider>
  );
}

/**
 * `?thread=<id>` (a notification's link): once the threads are read, that thread opens in the
 * panel and its words scroll into view.
 */
function OpenLinkedThread({ store }: { store: CommentsStore }) {
  const [params] = useSearchParams();
  const threadId = params.get('thread');
  const loaded = useSyncExternalStore(store.subscribe, () => store.getSnapshot().loaded);
  useEffect(() => {
    if (!threadId || !loaded) return;
    if (store.getSnapshot().threads.some((t) => t.id === threadId)) {
      store.activate(threadId, true);
    }
  }, [store, threadId, loaded]);
  return null;
}

/** The document's comments store, or null outside a document (or before it starts). */
export function useCommentsStore(): CommentsStore | null {
  return useContext(CommentsContext);
}

const EMPTY_SUBSCRIBE = () => () => {};

export function useCommentsState(store: CommentsStore | null): CommentsState | null {
  return useSyncExternalStore(
    store?.subscribe ?? EMPTY_SUBSCRIBE,
    store ? store.getSnapshot : () => null,
  );
}
