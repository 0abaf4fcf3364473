import type { DocumentDto } from '@tandem/protocol';
import { useEffect, useSyncExternalStore } from 'react';
import { listDocuments } from '../api';

/** Titles and types of the documents people are in, shared by every presence view in the tab. */
let documents: ReadonlyMap<string, DocumentDto> = new Map();
let loading: Promise<void> | null = null;
let lastLoad = 0;
const listeners = new Set<() => void>();

function load(): Promise<void> {
  lastLoad = Date.now();
  loading ??= listDocuments()
    .then((list) => {
      documents = new Map(list.documents.map((d) => [d.id, d]));
      for (const listener of listeners) listener();
    })
    .catch(() => {
      // Titles are a nicety: a person shows as "in a document" until the next try.
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Documents by id; an id not yet known (created a moment ago) triggers one reload. */
export function useDocumentTitles(
  ids: readonly (string | null)[],
): ReadonlyMap<string, DocumentDto> {
  const map = useSyncExternalStore(subscribe, () => documents);
  const missing = ids.some((id) => id !== null && !map.has(id));
  useEffect(() => {
    if (map.size === 0 || (missing && Date.now() - lastLoad > 3000)) void load();
  }, [map, missing]);
  return map;
}
