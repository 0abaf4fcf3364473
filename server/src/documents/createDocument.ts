import { randomBytes } from 'node:crypto';
import { type DocumentType, initDocLayout } from '@tandem/domain';
import * as Y from 'yjs';
import type { DocumentRecord, DocumentStore } from '../persistence';

/** 16 url-safe characters (96 random bits): unguessable, short enough for a URL. */
export function newDocumentId(): string {
  return randomBytes(12).toString('base64url');
}

/**
 * Creates the metadata row and logs the layout header (`schemaVersion`, type) as the
 * document's first update, so every client starts from the same versioned layout.
 */
export async function createDocument(
  store: DocumentStore,
  input: { type: DocumentType; title: string; workspaceId: string | null },
): Promise<DocumentRecord> {
  const record = await store.createDocument({ id: newDocumentId(), ...input });
  const doc = new Y.Doc();
  try {
    initDocLayout(doc, input.type);
    await store.appendUpdate(record.id, Y.encodeStateAsUpdate(doc), {
      connId: 'server:create',
      userId: null,
      clientIds: [doc.clientID],
    });
  } finally {
    doc.destroy();
  }
  return record;
}
