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
 * it, plus the logged updates up to it. Works the same before and after compaction.
 */
export async function stateAt(store: DocumentStore, docId: string, seq: number): Promise<Y.Doc> {
  const checkpoint = await store.latestCheckpoint(docId, seq);
  const updates = await store.readUpdates(docId, checkpoint?.seq ?? 0, seq);
  const doc = new Y.Doc();
  applyStored(
    doc,
    checkpoint?.state ?? null,
    updates.map((u) => u.update),
  );
  return doc;
}
