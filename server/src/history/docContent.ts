import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { type DocumentStore, stateAt } from '../persistence';

export type RootKind = 'map' | 'text' | 'array';

/**
 * What a root holds, read from its structs: a rebuilt doc does not know the types its roots
 * were created with. Lists of JSON values are arrays; anything else with a sequence is text
 * (Lexical's XmlText roots hold embedded XmlTexts, maps and strings).
 */
export function rootKind(type: {
  _map: Map<string, Y.Item>;
  _start: Y.Item | null;
}): RootKind | null {
  if (type._map.size > 0) return 'map';
  let kind: RootKind | null = null;
  for (let item = type._start; item !== null; item = item.right) {
    const content = item.content;
    if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) return 'array';
    kind = 'text';
  }
  return kind;
}

/** The roots of a doc by kind, typed so they can be read. Only for docs the server built. */
export function typedRoots(doc: Y.Doc): {
  maps: Map<string, Y.Map<unknown>>;
  texts: Map<string, Y.XmlText>;
  arrays: Map<string, Y.Array<unknown>>;
} {
  const maps = new Map<string, Y.Map<unknown>>();
  const texts = new Map<string, Y.XmlText>();
  const arrays = new Map<string, Y.Array<unknown>>();
  for (const [name, type] of [...doc.share.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const kind = rootKind(type);
    if (kind === 'map') maps.set(name, doc.getMap(name));
    else if (kind === 'array') arrays.set(name, doc.getArray(name));
    else if (kind === 'text') texts.set(name, retype(doc, name, type, Y.XmlText));
  }
  return { maps, texts, arrays };
}

/** A root first read as a Y.Text keeps that class; both read the same structs. */
function retype(doc: Y.Doc, name: string, type: unknown, want: typeof Y.XmlText): Y.XmlText {
  if (type instanceof Y.XmlText) return type;
  if (type instanceof Y.Text) return type as unknown as Y.XmlText;
  return doc.get(name, want) as Y.XmlText;
}

/** Plain text of rich text: block elements (embedded XmlText) end with a line break. */
export function plainText(text: Y.XmlText | Y.Text): string {
  let out = '';
  for (const op of text.toDelta() as { insert: unknown }[]) {
    if (typeof op.insert === 'string') out += op.insert;
    else if (op.insert instanceof Y.XmlText) out += `${plainText(op.insert)}\n`;
  }
  return out;
}

/** Text roots as plain text, data roots as JSON: what a read-only view of a version shows. */
export function readContent(doc: Y.Doc): {
  text: Record<string, string>;
  data: Record<string, unknown>;
} {
  const { maps, texts, arrays } = typedRoots(doc);
  const text: Record<string, string> = {};
  const data: Record<string, unknown> = {};
  for (const [name, t] of texts) text[name] = plainText(t);
  for (const [name, m] of maps) data[name] = m.toJSON();
  for (const [name, a] of arrays) data[name] = a.toJSON();
  return { text, data };
}

/**
 * sha256 of the state at a seq. The doc is rebuilt in one transaction (stateAt), which merges
 * structs the same way whether it started from a checkpoint or from the first update, so the
 * hash does not change when compaction adds checkpoints.
 */
export function hashDoc(doc: Y.Doc): string {
  return createHash('sha256').update(Y.encodeStateAsUpdate(doc)).digest('hex');
}

export async function withStateAt<T>(
  store: DocumentStore,
  docId: string,
  seq: number,
  read: (doc: Y.Doc) => T | Promise<T>,
): Promise<T> {
  const doc = await stateAt(store, docId, seq);
  try {
    return await read(doc);
  } finally {
    doc.destroy();
  }
}

export const stateHashAt = (store: DocumentStore, docId: string, seq: number) =>
  withStateAt(store, docId, seq, hashDoc);
