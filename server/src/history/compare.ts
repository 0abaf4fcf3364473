import type { RedlineRun, StructuredChange } from '@tandem/protocol';
import type * as Y from 'yjs';
import type { DocumentStore } from '../persistence';
import type { ClientIndex } from './ClientIndex';
import { structuredChanges } from './diffStructured';
import { textRedlines } from './diffText';
import { idKey, loadRange } from './rangeDocs';

export interface Comparison {
  fromSeq: number;
  toSeq: number;
  sections: { root: string; runs: RedlineRun[] }[];
  changes: StructuredChange[];
  summary: string;
}

/**
 * Everything that changed between two points of the log, each change carrying the users who
 * made it: inserted text and new cells by the client that created the items, deletions by
 * the author of the logged update that deleted them (H6, H7).
 */
export async function compareRange(
  store: DocumentStore,
  clients: ClientIndex,
  docId: string,
  fromSeq: number,
  toSeq: number,
): Promise<Comparison> {
  const range = await loadRange(store, docId, fromSeq, toSeq);
  try {
    const clientUsers = await clients.clientUsers(docId);
    const creator = (id: Y.ID | null) => {
      const user = id ? clientUsers.get(id.client) : null;
      return user ? [user] : [];
    };
    const redlines = textRedlines(range.from, range.to);
    const changes = structuredChanges(range.from, range.to);
    const removed: Y.ID[] = [];
    for (const s of redlines)
      for (const r of s.runs) if (r.op === 'delete' && r.id) removed.push(r.id);
    for (const c of changes) if (c.removedItem) removed.push(c.removedItem);
    const deleters = await clients.deleters(docId, fromSeq, toSeq, removed);
    const deleter = (id: Y.ID | null) => (id ? (deleters.get(idKey(id)) ?? []) : []);
    const sections = redlines.map(({ root, runs }) => ({
      root,
      runs: mergeRuns(
        runs.map((r) => ({
          op: r.op,
          text: r.text,
          userIds: r.op === 'insert' ? creator(r.id) : r.op === 'delete' ? deleter(r.id) : [],
        })),
      ),
    }));
    const structured = changes.map(({ writers, removedItem, ...c }) => ({
      ...c,
      userIds: removedItem
        ? deleter(removedItem)
        : [...new Set(writers.flatMap((id) => creator(id)))],
    }));
    return {
      fromSeq,
      toSeq,
      sections,
      changes: structured,
      summary: summarise(sections, structured),
    };
  } finally {
    range.destroy();
  }
}

/** Keeps only the changes of the given users; theirs stay marked, others' read as unchanged. */
export function filterComparison(c: Comparison, keep: (userIds: string[]) => boolean): Comparison {
  const sections = c.sections
    .map(({ root, runs }) => ({
      root,
      runs: mergeRuns(
        runs.flatMap((r): RedlineRun[] => {
          if (r.op === 'equal' || keep(r.userIds)) return [r];
          return r.op === 'insert' ? [{ op: 'equal', text: r.text, userIds: [] }] : [];
        }),
      ),
    }))
    .filter((s) => s.runs.some((r) => r.op !== 'equal'));
  const changes = c.changes.filter((ch) => keep(ch.userIds));
  return { ...c, sections, changes, summary: summarise(sections, changes) };
}

function mergeRuns(runs: RedlineRun[]): RedlineRun[] {
  const out: RedlineRun[] = [];
  for (const r of runs) {
    const last = out.at(-1);
    if (last && last.op === r.op && last.userIds.join() === r.userIds.join()) last.text += r.text;
    else out.push({ ...r, userIds: [...r.userIds] });
  }
  return out;
}

/** The one-line summary of the timeline: what moved, in words and counts. */
function summarise(sections: Comparison['sections'], changes: StructuredChange[]): string {
  const parts: string[] = [];
  let added = 0;
  let removed = 0;
  for (const s of sections) {
    for (const r of s.runs) {
      if (r.op === 'insert') added += r.text.length;
      if (r.op === 'delete') removed += r.text.length;
    }
  }
  if (sections.length > 0) {
    const names = sections.map((s) => s.root.replace(/^section:/, '')).join(', ');
    parts.push(`text edited in ${names} (+${added} −${removed} characters)`);
  }
  if (changes.length === 1 && changes[0]) parts.push(changes[0].summary);
  else if (changes.length > 1) {
    parts.push(`${changes.length} changes: ${changes[0]?.summary ?? ''}; …`);
  }
  return parts.length === 0 ? 'no changes' : parts.join('; ');
}
