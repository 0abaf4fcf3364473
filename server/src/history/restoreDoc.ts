import { diffArrays } from 'diff';
import * as Y from 'yjs';
import { typedRoots } from './docContent';

/**
 * The update that turns `current` into `target`'s content, as new operations on top of
 * `current` (history is never rewritten). Works on gc'd docs: it only reads `target`'s live
 * content and adds operations to `current`. It writes the smallest change it can find, so that
 * what the restore does not change keeps its authors (H8): maps key by key (recursing into
 * nested maps), rich text paragraph by paragraph and, inside a changed paragraph, character by
 * character (a diff of the two texts), with Lexical's text-node markers updated in place.
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
      for (const [name, text] of want.texts) syncText(textRoot(current, name, now), text);
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

function clear(text: Y.XmlText | Y.Text): void {
  if (text.length > 0) text.delete(0, text.length);
}

/**
 * Makes `mine` hold what `want` holds with as few operations as a diff finds: equal runs are
 * left alone (they keep their authors); a paragraph or marker that changed is changed in place
 * when the other side has one of the same kind there, and only the rest is deleted or inserted.
 */
function syncText(mine: Y.XmlText | Y.Text, want: Y.XmlText | Y.Text): void {
  if (mine instanceof Y.XmlText && want instanceof Y.XmlText) syncAttributes(mine, want);
  const have = tokens(mine);
  const need = tokens(want);
  const changes = diffArrays(
    have.map((t) => t.key),
    need.map((t) => t.key),
    { maxEditLength: MAX_EDIT_LENGTH },
  );
  if (!changes) {
    // Too different to diff within bounds: a rewrite is what the change is anyway.
    clear(mine);
    mine.applyDelta(cloneDelta(want));
    return;
  }
  let index = 0;
  let h = 0;
  let n = 0;
  for (let c = 0; c < changes.length; c++) {
    const change = changes[c] as (typeof changes)[number];
    const count = change.count ?? change.value.length;
    if (!change.added && !change.removed) {
      for (const t of have.slice(h, h + count)) index += t.len;
      h += count;
      n += count;
      continue;
    }
    const removed = change.removed ? have.slice(h, h + count) : [];
    const next = changes[c + 1];
    const addedCount = change.removed && next?.added ? (next.count ?? next.value.length) : 0;
    const added = change.added ? need.slice(n, n + count) : need.slice(n, n + addedCount);
    if (change.removed && next?.added) c++;
    index = replaceRun(mine, index, removed, added);
    h += removed.length;
    n += added.length;
  }
}

/** Beyond this many differing tokens a text is rewritten rather than diffed (bounded time). */
const MAX_EDIT_LENGTH = 20_000;
/** Within a replaced run longer than this, nothing is matched up in place. */
const MAX_PAIRED_RUN = 2_000;

interface Token {
  /** What the token is, for the diff: equal keys are equal content. */
  key: string;
  /** A character (its UTF-16 length may be 2) or an embedded type or value. */
  kind: 'char' | 'embed';
  value: unknown;
  attributes: Record<string, unknown> | undefined;
  len: number;
}

function tokens(text: Y.XmlText | Y.Text): Token[] {
  const out: Token[] = [];
  for (const op of text.toDelta() as DeltaOp[]) {
    const attributes = op.attributes ? { ...op.attributes } : undefined;
    const suffix = attributes ? `\u0000${JSON.stringify(attributes)}` : '';
    if (typeof op.insert === 'string') {
      for (const ch of op.insert) {
        out.push({ key: `c${ch}${suffix}`, kind: 'char', value: ch, attributes, len: ch.length });
      }
    } else {
      const key = `e${JSON.stringify(embedTree(op.insert))}${suffix}`;
      out.push({ key, kind: 'embed', value: op.insert, attributes, len: 1 });
    }
  }
  return out;
}

/**
 * Replaces `removed` (at `index` in `mine`) by `added`. An embedded paragraph or text-node
 * marker that has a counterpart of the same kind is changed in place (its unchanged words keep
 * their authors); what has none is deleted or inserted. Returns the index after the run.
 */
function replaceRun(
  mine: Y.XmlText | Y.Text,
  start: number,
  removed: readonly Token[],
  added: readonly Token[],
): number {
  let index = start;
  const pairing = removed.length + added.length <= MAX_PAIRED_RUN;
  let i = 0;
  let j = 0;
  while (i < removed.length || j < added.length) {
    const r = removed[i];
    const a = added[j];
    if (pairing && r && a && pairable(r, a)) {
      if (r.value instanceof Y.Map) syncMap(r.value, a.value as Y.Map<unknown>);
      else syncText(r.value as Y.XmlText, a.value as Y.XmlText);
      index += 1;
      i++;
      j++;
      continue;
    }
    const laterPair = pairing && r !== undefined && added.slice(j).some((x) => pairable(r, x));
    if (r && (!a || !laterPair)) {
      mine.delete(index, r.len);
      i++;
      continue;
    }
    if (a) {
      insertToken(mine, index, a);
      index += a.len;
      j++;
    }
  }
  return index;
}

/** Two embeds that can be made equal in place: maps, or texts of the same Lexical node type. */
function pairable(r: Token, a: Token): boolean {
  if (r.kind !== 'embed' || a.kind !== 'embed') return false;
  if (JSON.stringify(r.attributes ?? null) !== JSON.stringify(a.attributes ?? null)) return false;
  if (r.value instanceof Y.Map && a.value instanceof Y.Map) return true;
  return (
    r.value instanceof Y.XmlText &&
    a.value instanceof Y.XmlText &&
    r.value.getAttribute('__type') === a.value.getAttribute('__type')
  );
}

function insertToken(mine: Y.XmlText | Y.Text, index: number, token: Token): void {
  // Explicit attributes (none is `{}`), so the insert does not take on its neighbours' format.
  const attributes = token.attributes ?? {};
  if (token.kind === 'char') mine.insert(index, token.value as string, attributes);
  else mine.insertEmbed(index, cloneValue(token.value) as object, attributes);
}

function syncAttributes(mine: Y.XmlText, want: Y.XmlText): void {
  const have = mine.getAttributes() as Record<string, unknown>;
  const need = want.getAttributes() as Record<string, unknown>;
  for (const key of Object.keys(have)) if (!(key in need)) mine.removeAttribute(key);
  for (const [key, value] of Object.entries(need)) {
    if (JSON.stringify(have[key]) !== JSON.stringify(value))
      mine.setAttribute(key, value as string);
  }
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

/** An embed as plain JSON, nested texts included, for comparing. */
function embedTree(value: unknown): unknown {
  if (value instanceof Y.XmlText) {
    return { attributes: value.getAttributes(), children: textTree(value) };
  }
  return value instanceof Y.AbstractType ? value.toJSON() : value;
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
