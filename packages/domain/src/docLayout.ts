import type * as Y from 'yjs';
import { DocumentType } from './documentTypes';

/**
 * The Y.Doc layout shared by server and web. Every document carries a `meta` map with a
 * `schemaVersion`, so later layouts can migrate old documents on load instead of breaking them.
 */
export const SCHEMA_VERSION = 1;
export const META_MAP = 'meta';
/** Lexical's CollaborationPlugin binds the editor to the Y.XmlText named after its `id`. */
export const RICH_TEXT_ROOT = 'root';

export interface DocMeta {
  schemaVersion: number;
  type: DocumentType;
}

export function readDocMeta(doc: Y.Doc): Partial<DocMeta> {
  const meta = doc.getMap<unknown>(META_MAP);
  const schemaVersion = meta.get('schemaVersion');
  const type = meta.get('type');
  return {
    schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : undefined,
    type: DocumentType.safeParse(type).data,
  };
}

/** Writes the layout header of a new document; a no-op on a document that already has one. */
export function initDocLayout(doc: Y.Doc, type: DocumentType): void {
  const meta = doc.getMap<unknown>(META_MAP);
  if (meta.has('schemaVersion')) return;
  doc.transact(() => {
    meta.set('schemaVersion', SCHEMA_VERSION);
    meta.set('type', type);
  });
}
