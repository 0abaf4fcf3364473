import { randomBytes } from 'node:crypto';
import { type DocumentType, initDocument } from '@tandem/domain';
import * as Y from 'yjs';
import type { DocumentRecord, DocumentStore } from '../persistence';

/** 16 url-safe characters (96 random bits): unguessable, short enough for a URL. */
export function newDocumentId(): string {
  return randomBytes(12).toString('base64url');
}

export interface NewDocumentInput {
  type: DocumentType;
  title: string;
  workspaceId: string | null;
  /** Fills the new document (the demo seed does); runs after the layout is written. */
  build?: (doc: Y.Doc, id: string) => void;
}

/**
 * Creates the metadata row and logs the document's first update: the current layout of its
 * type (with `schemaVersion`) plus any initial content, so every client starts from the same
 * versioned layout.
 */
export async function createDocument(
  store: DocumentStore,
  input: NewDocumentInput,
): Promise<DocumentRecord> {
  const { build, ...meta } = input;
  const record = await store.createDocument({ id: newDocumentId(), ...meta });
  const doc = new Y.Doc();
  try {
    initDocument(doc, input.type);
    build?.(doc, record.id);
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
