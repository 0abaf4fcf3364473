import * as Y from 'yjs';

/**
 * A rich-text root as Lexical's Yjs binding (v1) lays it out: each element is a Y.XmlText whose
 * items are text (strings), embedded child elements (one item each) and embedded Y.Maps for text
 * node properties, line breaks and decorators. We read it as one linear string per root in which
 * every element ends with "\n" — the same reading the server's attribution (H8) uses, so offsets
 * from either side line up.
 */

function isLiveCountable(item: Y.Item): boolean {
  return !item.deleted && item.countable;
}

/** Length of `type` in that linear reading. */
export function linearLength(type: Y.XmlText): number {
  let length = 0;
  for (let item = type._start; item !== null; item = item.right) {
    if (!isLiveCountable(item)) continue;
    const content = item.content;
    if (content instanceof Y.ContentString) length += content.str.length;
    else if (content instanceof Y.ContentType && content.type instanceof Y.XmlText) {
      length += linearLength(content.type) + 1;
    }
  }
  return length;
}

/** Where `type` starts in its root's linear reading, or null when it is not inside `root`. */
function startOf(root: Y.XmlText, type: Y.XmlText): number | null {
  if (type === root) return 0;
  const item = type._item;
  const parent = item?.parent;
  if (!item || !(parent instanceof Y.XmlText)) return null;
  const parentStart = startOf(root, parent);
  if (parentStart === null) return null;
  let offset = parentStart;
  for (let it = parent._start; it !== null && it !== item; it = it.right) {
    if (!isLiveCountable(it)) continue;
    const content = it.content;
    if (content instanceof Y.ContentString) offset += content.str.length;
    else if (content instanceof Y.ContentType && content.type instanceof Y.XmlText) {
      offset += linearLength(content.type) + 1;
    }
  }
  return offset;
}

/** The linear offset of Yjs index `index` inside `type` (a descendant of `root`). */
export function linearOffset(root: Y.XmlText, type: Y.XmlText, index: number): number | null {
  const start = startOf(root, type);
  if (start === null) return null;
  let offset = start;
  let left = index;
  for (let item = type._start; item !== null && left > 0; item = item.right) {
    if (!isLiveCountable(item)) continue;
    const content = item.content;
    if (content instanceof Y.ContentString) {
      const take = Math.min(left, content.str.length);
      offset += take;
      left -= take;
    } else {
      if (content instanceof Y.ContentType && content.type instanceof Y.XmlText) {
        offset += linearLength(content.type) + 1;
      }
      left -= 1;
    }
  }
  return offset;
}

interface CharAt {
  type: Y.XmlText;
  index: number;
}

/** The text character at linear offset `target`, or null if a paragraph end or past the end. */
function charAt(type: Y.XmlText, target: number, base = 0): CharAt | number {
  let offset = base;
  let index = 0;
  for (let item = type._start; item !== null; item = item.right) {
    if (!isLiveCountable(item)) continue;
    const content = item.content;
    if (content instanceof Y.ContentString) {
      const length = content.str.length;
      if (target < offset + length) return { type, index: index + (target - offset) };
      offset += length;
      index += length;
      continue;
    }
    if (content instanceof Y.ContentType && content.type instanceof Y.XmlText) {
      const found = charAt(content.type, target, offset);
      if (typeof found !== 'number') return found;
      offset = found + 1;
    }
    index += 1;
  }
  return offset;
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

/**
 * Relative positions for the linear range [start, end): the start sticks to the range's first
 * character and the end to its last, so text typed before, after or around the range moves it
 * rather than growing it (H13).
 */
export function encodeRange(
  root: Y.XmlText,
  start: number,
  end: number,
): { start: string; end: string } | null {
  let first: CharAt | null = null;
  for (let at = start; at < end && !first; at++) {
    const found = charAt(root, at);
    if (typeof found !== 'number') first = found;
  }
  let last: CharAt | null = null;
  for (let at = end - 1; at >= start && !last; at--) {
    const found = charAt(root, at);
    if (typeof found !== 'number') last = found;
  }
  if (!first || !last) return null;
  const startPos = Y.createRelativePositionFromTypeIndex(first.type, first.index, 0);
  const endPos = Y.createRelativePositionFromTypeIndex(last.type, last.index + 1, -1);
  return {
    start: toBase64(Y.encodeRelativePosition(startPos)),
    end: toBase64(Y.encodeRelativePosition(endPos)),
  };
}

/** The linear range a stored anchor covers now, or null if its text is gone. */
export function decodeRange(
  doc: Y.Doc,
  root: Y.XmlText,
  anchor: { start: string; end: string },
): { start: number; end: number } | null {
  const at = (b64: string) => {
    try {
      const rel = Y.decodeRelativePosition(fromBase64(b64));
      const abs = Y.createAbsolutePositionFromRelativePosition(rel, doc);
      if (!abs || !(abs.type instanceof Y.XmlText)) return null;
      return linearOffset(root, abs.type, abs.index);
    } catch {
      // A malformed or foreign position reads as a detached anchor, as on the server.
      return null;
    }
  };
  const start = at(anchor.start);
  const end = at(anchor.end);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

export interface ClientRun {
  start: number;
  end: number;
  client: number;
}

/** Every live text item of the root with the Yjs client that created it, in linear offsets. */
export function clientRuns(root: Y.XmlText): ClientRun[] {
  const runs: ClientRun[] = [];
  const walk = (type: Y.XmlText, base: number): number => {
    let offset = base;
    for (let item = type._start; item !== null; item = item.right) {
      if (!isLiveCountable(item)) continue;
      const content = item.content;
      if (content instanceof Y.ContentString) {
        const end = offset + content.str.length;
        const last = runs.at(-1);
        if (last && last.client === item.id.client && last.end === offset) last.end = end;
        else runs.push({ start: offset, end, client: item.id.client });
        offset = end;
      } else if (content instanceof Y.ContentType && content.type instanceof Y.XmlText) {
        offset = walk(content.type, offset) + 1;
      }
    }
    return offset;
  };
  walk(root, 0);
  return runs;
}

/** The linear reading itself (what the server's attribution runs concatenate to). */
export function linearText(root: Y.XmlText): string {
  let out = '';
  for (let item = root._start; item !== null; item = item.right) {
    if (!isLiveCountable(item)) continue;
    const content = item.content;
    if (content instanceof Y.ContentString) out += content.str;
    else if (content instanceof Y.ContentType && content.type instanceof Y.XmlText) {
      out += `${linearText(content.type)}\n`;
    }
  }
  return out;
}

/** The named rich-text root of `doc`, or null if that name holds a structured (map) root. */
export function richTextRoot(doc: Y.Doc, name: string): Y.XmlText | null {
  try {
    return doc.get(name, Y.XmlText);
  } catch {
    // The name holds another kind of shared type: not rich text.
    return null;
  }
}
