import * as Y from 'yjs';
import type { DocumentStore } from './DocumentStore';

/** Rebuilds content from a checkpoint and the logged updates after it, in one transaction. */
export function applyStored(
  doc: Y.Doc,
  checkpoint: Uint8Array | null,
  updates: readonly Uint8Array[],
  origin?: unknown,
): void {
  doc.transact(() => {
    if (checkpoint) Y.applyUpdate(doc, checkpoint);
    for (const u of updates) Y.applyUpdate(doc, u);
  }, origin);
}

/**
 * The document as it was right after logged update `seq`: the newest checkpoint at or before
 * it, plus the logged updates up to it, read at one instant. Works the same before and after
 * compaction; after a merge of old history (H15) a seq whose update was merged away shows the
 * newest kept point before it.
 */
export async function stateAt(store: DocumentStore, docId: string, seq: number): Promise<Y.Doc> {
  const { checkpoint, updates } = await store.loadState(docId, seq);
  const doc = new Y.Doc();
  applyStored(doc, checkpoint?.state ?? null, updates);
  return doc;
}
