import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { DocSnapshotStore } from './DocSnapshotStore';

/**
 * A value read from `doc`, re-read (at most once a frame) whenever the doc changes. `read` must
 * be stable; a new doc gets a new store (if React drops the memo, the cost is one extra read).
 */
export function useDocSnapshot<T>(
  doc: Y.Doc,
  read: (doc: Y.Doc, previous: T | null) => T,
): [T, DocSnapshotStore<T>] {
  const store = useMemo(() => new DocSnapshotStore(doc, read), [doc, read]);
  const value = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return [value, store];
}
