import type { RedlineRun } from '@tandem/protocol';
import * as Y from 'yjs';
import { typedRoots } from './docContent';

export interface RawRun {
  op: RedlineRun['op'];
  text: string;
  /** The first character's id: its creator, or for a deletion the key to find its deleter. */
  id: Y.ID | null;
}

/** What the `from` state held, by item id: live text pieces per client, and paragraphs. */
interface FromIndex {
  sv: Map<number, number>;
  pieces: Map<number, { clock: number; str: string }[]>;
  blocks: Map<string, Y.XmlText>;
}

/**
 * A redline per rich-text root, built from the two ends alone (both may come from
 * checkpoints, so the cost does not grow with the number of updates between them). A gc'd doc
 * keeps a deleted item's id and place in its list, only not its text: so `to` gives the order
 * and what is new (a clock at or past `from`'s state vector), and `from` gives the text of what
 * was deleted since. Paragraphs (embedded XmlTexts) end with "\n", marked like the paragraph.
 */
export function textRedlines(from: Y.Doc, to: Y.Doc): { root: string; runs: RawRun[] }[] {
  const index = indexFrom(from);
  const out: { root: string; runs: RawRun[] }[] = [];
  for (const [root, text] of typedRoots(to).texts) {
    const runs: RawRun[] = [];
    walk(text, index, runs);
    if (runs.some((r) => r.op !== 'equal')) out.push({ root, runs });
  }
  return out;
}

function walk(type: { _start: Y.Item | null }, index: FromIndex, runs: RawRun[]): void {
  for (let item = type._start; item !== null; item = item.right) {
    const { client, clock } = item.id;
    const content = item.content;
    if (item.deleted) {
      deleted(client, clock, item.length, index, runs);
    } else if (content instanceof Y.ContentString) {
      // An item may span the version boundary: typing just before and just after it merges.
      const old = Math.max(0, Math.min(content.str.length, (index.sv.get(client) ?? 0) - clock));
      if (old > 0) runs.push({ op: 'equal', text: content.str.slice(0, old), id: null });
      if (old < content.str.length) {
        const id = Y.createID(client, clock + old);
        runs.push({ op: 'insert', text: content.str.slice(old), id });
      }
    } else if (content instanceof Y.ContentType && content.type instanceof Y.XmlText) {
      walk(content.type, index, runs);
      const isNew = clock >= (index.sv.get(client) ?? 0);
      runs.push({ op: isNew ? 'insert' : 'equal', text: '\n', id: isNew ? item.id : null });
    }
  }
}

/** The characters (and whole paragraphs) of a deleted range that were alive in `from`. */
function deleted(client: number, clock: number, len: number, index: FromIndex, runs: RawRun[]) {
  const block = index.blocks.get(`${client}:${clock}`);
  if (block) {
    const text = `${plain(block)}\n`;
    runs.push({ op: 'delete', text, id: Y.createID(client, clock) });
    return;
  }
  const pieces = index.pieces.get(client);
  if (!pieces) return;
  for (let i = lastAtOrBefore(pieces, clock); i < pieces.length; i++) {
    const p = pieces[i];
    if (!p || p.clock >= clock + len) break;
    const start = Math.max(clock, p.clock);
    const end = Math.min(clock + len, p.clock + p.str.length);
    if (start >= end) continue;
    const text = p.str.slice(start - p.clock, end - p.clock);
    runs.push({ op: 'delete', text, id: Y.createID(client, start) });
  }
}

function indexFrom(from: Y.Doc): FromIndex {
  const index: FromIndex = {
    sv: Y.decodeStateVector(Y.encodeStateVector(from)),
    pieces: new Map(),
    blocks: new Map(),
  };
  const visit = (type: { _start: Y.Item | null }) => {
    for (let item = type._start; item !== null; item = item.right) {
      if (item.deleted) continue;
      const content = item.content;
      if (content instanceof Y.ContentString) {
        const list = index.pieces.get(item.id.client) ?? [];
        list.push({ clock: item.id.clock, str: content.str });
        index.pieces.set(item.id.client, list);
      } else if (content instanceof Y.ContentType && content.type instanceof Y.XmlText) {
        index.blocks.set(`${item.id.client}:${item.id.clock}`, content.type);
        visit(content.type);
      }
    }
  };
  for (const text of typedRoots(from).texts.values()) visit(text);
  for (const list of index.pieces.values()) list.sort((a, b) => a.clock - b.clock);
  return index;
}

function plain(text: Y.XmlText): string {
  let out = '';
  for (let item = text._start; item !== null; item = item.right) {
    if (item.deleted) continue;
    if (item.content instanceof Y.ContentString) out += item.content.str;
    else if (item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlText) {
      out += `${plain(item.content.type)}\n`;
    }
  }
  return out;
}

/** Index of the last piece starting at or before `clock` (0 when none does). */
function lastAtOrBefore(pieces: readonly { clock: number }[], clock: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((pieces[mid]?.clock ?? 0) <= clock) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}
