import { migrateDoc } from '@tandem/domain';
import type * as Y from 'yjs';
import { type DocumentStore, loadDocument } from '../persistence';
import type { RoomManager } from '../sync';

/**
 * Reads a document's current state: the live room's Y.Doc when it is open (so reads see edits
 * not yet checkpointed), otherwise a copy rebuilt from the store and upgraded in memory.
 */
export async function readDocument<T>(
  deps: { store: DocumentStore; rooms: RoomManager },
  id: string,
  read: (doc: Y.Doc) => T | Promise<T>,
): Promise<T> {
  const room = deps.rooms.peek(id);
  if (room?.isReady) return read(room.doc);
  const { doc } = await loadDocument(deps.store, id);
  try {
    migrateDoc(doc);
    return await read(doc);
  } finally {
    doc.destroy();
  }
}
