import type { DomainMessage } from '@tandem/domain';
import type { Klass, LexicalNode } from 'lexical';
import * as Y from 'yjs';
import type { DocImportPlan } from './buildDocImportPlan';
import type { DocImportProfile } from './DocImportProfile';
import { type NarrativeMode, narrativeUpdate } from './narrativeUpdate';

/** The origin of an import's one transaction: its own, so its undo step holds nothing else. */
export interface DocImportOrigin {
  readonly source: 'client';
  readonly area: 'doc-import';
  readonly userId: string;
}

export type ApplyResult =
  | { ok: true; sections: number; rows: number; undo: Y.UndoManager }
  | { ok: false; line: number; message: DomainMessage };

/** Every root an import may write: the narrative sections and the tables' collections. */
function importRoots(doc: Y.Doc, profile: DocImportProfile): Y.AbstractType<unknown>[] {
  const texts = profile.sections.flatMap((s) =>
    s.rootName === null ? [] : [doc.get(s.rootName, Y.XmlText)],
  );
  const maps = profile.tables.map((t) => doc.getMap<unknown>(t.root));
  return [...texts, ...maps] as Y.AbstractType<unknown>[];
}

/**
 * Writes the plan into `doc` in one transaction: peers receive it as one update, and the
 * returned UndoManager takes the whole import back in one step (and nothing a colleague wrote
 * meanwhile). Rows were checked in the preview; should one be refused now, nothing is kept.
 */
export function applyDocImport(
  doc: Y.Doc,
  profile: DocImportProfile,
  plan: DocImportPlan,
  modes: Readonly<Record<string, NarrativeMode>>,
  origin: DocImportOrigin,
  nodes: ReadonlyArray<Klass<LexicalNode>>,
): ApplyResult {
  const writes = plan.narratives.flatMap((n) =>
    n.section.rootName === null || n.html === ''
      ? []
      : [{ rootName: n.section.rootName, html: n.html, mode: modes[n.section.id] ?? 'append' }],
  );
  const update = writes.length > 0 ? narrativeUpdate(doc, writes, nodes) : null;
  const undo = new Y.UndoManager(importRoots(doc, profile), {
    trackedOrigins: new Set([origin]),
    captureTimeout: 0,
  });
  let refused: { line: number; message: DomainMessage } | null = null;
  let rows = 0;
  doc.transact(() => {
    if (update) Y.applyUpdate(doc, update);
    for (const table of plan.tables) {
      for (const row of table.rows) {
        if (row.action !== 'add' || refused) continue;
        const added = profile.addRow(doc, table.mapping.collection, row.values, origin);
        if (added.ok) rows += 1;
        else refused = { line: row.line, message: added.message };
      }
    }
  }, origin);
  if (refused !== null) {
    undo.undo();
    undo.destroy();
    return { ok: false, ...(refused as { line: number; message: DomainMessage }) };
  }
  return { ok: true, sections: writes.length, rows, undo };
}
