import * as Y from 'yjs';
import { typedRoots } from './docContent';

/**
 * The update that turns `current` into `target`'s content, as new operations on top of
 * `current` (history is never rewritten). Works on gc'd docs: it only reads `target`'s live
 * content and adds operations to `current`. Maps are changed key by key (recursing into
 * nested maps), so a restore of a structured document touches only what differs; text roots
 * are replaced whole, since their embedded Lexical nodes cannot be matched up cheaply.
 * `current` must be a private copy: it is modified.
 */
export function restoreUpdate(current: Y.Doc, target: Y.Doc): Uint8Array | null {
  const now = typedRoots(current);
  const want = typedRoots(target);
  const updates: Uint8Array[] = [];
  const collect = (u: Uint8Array) => updates.push(u);
  current.on('update', collect);
  try {
    current.transact(() => {
      for (const [name, map] of want.maps) syncMap(current.getMap(name), map);
      for (const [name, map] of now.maps) if (!want.maps.has(name)) syncMap(map, new Y.Map());
      for (const [name, text] of want.texts) replaceText(textRoot(current, name, now), text);
      for (const [name, text] of now.texts) if (!want.texts.has(name)) clear(text);
      for (const [name, arr] of want.arrays) {
        const mine = current.getArray(name);
        mine.delete(0, mine.length);
        mine.insert(0, arr.toArray().map(cloneValue) as Parameters<typeof mine.insert>[1]);
      }
    });
  } finally {
    current.off('update', collect);
  }
  return updates.length === 0 ? null : Y.mergeUpdates(updates);
}

function textRoot(doc: Y.Doc, name: string, roots: ReturnType<typeof typedRoots>): Y.XmlText {
  return roots.texts.get(name) ?? (doc.get(name, Y.XmlText) as Y.XmlText);
}

function syncMap(mine: Y.Map<unknown>, want: Y.Map<unknown>): void {
  for (const key of [...mine.keys()]) if (!want.has(key)) mine.delete(key);
  for (const [key, value] of want.entries()) {
    const existing = mine.get(key);
    if (value instanceof Y.Map && existing instanceof Y.Map) syncMap(existing, value);
    else if (!sameValue(existing, value)) mine.set(key, cloneValue(value));
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Y.AbstractType || b instanceof Y.AbstractType) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function clear(text: Y.XmlText): void {
  if (text.length > 0) text.delete(0, text.length);
}

/** Leaves an unchanged section alone, so its text keeps its authors (H8). */
function replaceText(mine: Y.XmlText, want: Y.XmlText): void {
  if (JSON.stringify(textTree(mine)) === JSON.stringify(textTree(want))) return;
  clear(mine);
  mine.applyDelta(cloneDelta(want));
}

type DeltaOp = { insert?: unknown; attributes?: Record<string, unknown> };

function cloneDelta(text: Y.XmlText | Y.Text): DeltaOp[] {
  return (text.toDelta() as DeltaOp[]).map((op) => ({
    insert: typeof op.insert === 'string' ? op.insert : cloneValue(op.insert),
    ...(op.attributes ? { attributes: { ...op.attributes } } : {}),
  }));
}

/** A fresh, unintegrated copy of a value, so it can be inserted into another doc. */
function cloneValue(value: unknown): unknown {
  if (value instanceof Y.XmlText) {
    const copy = new Y.XmlText();
    for (const [k, v] of Object.entries(value.getAttributes())) copy.setAttribute(k, v as string);
    copy.applyDelta(cloneDelta(value));
    return copy;
  }
  if (value instanceof Y.Text) {
    const copy = new Y.Text();
    copy.applyDelta(cloneDelta(value));
    return copy;
  }
  if (value instanceof Y.Map) {
    const copy = new Y.Map<unknown>();
    for (const [k, v] of value.entries()) copy.set(k, cloneValue(v));
    return copy;
  }
  if (value instanceof Y.Array) {
    const copy = new Y.Array<unknown>();
    copy.insert(0, value.toArray().map(cloneValue) as Parameters<typeof copy.insert>[1]);
    return copy;
  }
  if (value instanceof Y.XmlElement) {
    const copy = new Y.XmlElement(value.nodeName);
    for (const [k, v] of Object.entries(value.getAttributes())) copy.setAttribute(k, v as string);
    copy.insert(
      0,
      value.toArray().map((c) => cloneValue(c) as Y.XmlElement | Y.XmlText),
    );
    return copy;
  }
  return value;
}

/** Everything a text holds (attributes, embeds, nested texts) as plain JSON, for comparing. */
function textTree(text: Y.XmlText | Y.Text): unknown {
  return (text.toDelta() as DeltaOp[]).map((op) => ({
    insert:
      op.insert instanceof Y.XmlText
        ? { attributes: op.insert.getAttributes(), children: textTree(op.insert) }
        : op.insert instanceof Y.AbstractType
          ? op.insert.toJSON()
          : op.insert,
    attributes: op.attributes ?? null,
  }));
}
