import * as Y from 'yjs';
import type { z } from 'zod';
import { message } from '../messages/DomainMessage';
import { type DomainResult, refuse } from '../ydoc/DomainResult';
import type { EntitySpec } from '../ydoc/EntitySpec';
import { addRow, type RowWriteOptions, setRowField } from '../ydoc/rowWrites';
import { MAP_ROOTS, MAP_SPECS, type MapCollection, type MapEntity } from './layout';
import { checkFieldReference, wouldCreateCycle } from './mapReferences';
import { rowsWhere } from './rowQueries';

export type MapEntityInput<C extends MapCollection> = Omit<
  z.input<(typeof MAP_SPECS)[C]['schema']>,
  'id' | 'order'
> & { id?: string; order?: number };

const ID_PREFIX: Record<MapCollection, string> = {
  programs: 'prg',
  groups: 'grp',
  courses: 'crs',
  positions: 'pos',
  tasks: 'tsk',
  competencies: 'cmp',
  certificates: 'cert',
  competitions: 'comp',
  scales: 'scale',
};

function referenceCheck(
  doc: Y.Doc,
  collection: MapCollection,
  id: string | undefined,
): RowWriteOptions['check'] {
  return (field, value) => {
    const refused = checkFieldReference(doc, collection, field, value);
    if (refused) return refused;
    if (collection === 'groups' && field === 'parentId' && id !== undefined) {
      if (wouldCreateCycle(doc, id, value as string | null))
        return message('domain.validation.cycle', { id });
    }
    return null;
  };
}

/** Adds a row (program, group, position, task, competency, certificate, competition, scale). */
export function addMapEntity<C extends MapCollection>(
  doc: Y.Doc,
  collection: C,
  input: MapEntityInput<C>,
  origin?: unknown,
): DomainResult<MapEntity<C>> {
  const spec: EntitySpec = MAP_SPECS[collection];
  const check = referenceCheck(doc, collection, undefined);
  return addRow(doc, spec, input, ID_PREFIX[collection], { origin, check }) as DomainResult<
    MapEntity<C>
  >;
}

/** Validates and writes one cell of a row, including its references. */
export function setMapEntityField(
  doc: Y.Doc,
  collection: MapCollection,
  id: string,
  field: string,
  raw: unknown,
  origin?: unknown,
): DomainResult<unknown> {
  const check = referenceCheck(doc, collection, id);
  const spec: EntitySpec = MAP_SPECS[collection];
  return setRowField(doc, spec, id, field, raw, { origin, check });
}

export interface Removed {
  collection: MapCollection | 'alignments';
  id: string;
}

/**
 * Deletes a row with what only makes sense with it: a position takes its tasks and their
 * competencies, any target takes its alignment cells, a program is unticked everywhere. A group
 * that still holds courses or groups is refused: moving courses is a decision, not a side effect.
 * Courses have their own `deleteCourse`.
 */
export function deleteMapEntity(
  doc: Y.Doc,
  collection: Exclude<MapCollection, 'courses'>,
  id: string,
  origin?: unknown,
): DomainResult<Removed[]> {
  const rows = doc.getMap<unknown>(MAP_ROOTS[collection]);
  if (!rows.has(id)) return refuse(message('domain.validation.notFound', { id }));
  if (collection === 'groups') {
    const used =
      rowsWhere(doc, 'courses', 'groupId', id).length +
      rowsWhere(doc, 'groups', 'parentId', id).length;
    if (used > 0) return refuse(message('domain.validation.groupNotEmpty', { id, count: used }));
  }
  if (collection === 'scales' && rowsWhere(doc, 'programs', 'scaleId', id).length > 0) {
    return refuse(message('domain.validation.inUse', { id }));
  }
  const removed = cascade(doc, collection, id);
  doc.transact(() => {
    for (const r of removed) doc.getMap<unknown>(MAP_ROOTS[r.collection]).delete(r.id);
    if (collection === 'programs') untickProgram(doc, id);
  }, origin);
  return { ok: true, value: removed };
}

function cascade(doc: Y.Doc, collection: MapCollection, id: string): Removed[] {
  const removed: Removed[] = [{ collection, id }];
  let tasks: string[] = [];
  if (collection === 'positions') tasks = rowsWhere(doc, 'tasks', 'positionId', id);
  if (collection === 'tasks') tasks = [id];
  for (const task of tasks) {
    if (task !== id) removed.push({ collection: 'tasks', id: task });
    for (const c of rowsWhere(doc, 'competencies', 'taskId', task)) {
      removed.push({ collection: 'competencies', id: c });
    }
  }
  const targets = new Set(removed.map((r) => r.id));
  for (const key of doc.getMap<unknown>(MAP_ROOTS.alignments).keys()) {
    const targetId = key.split('|')[1];
    if (targetId !== undefined && targets.has(targetId))
      removed.push({ collection: 'alignments', id: key });
  }
  return removed;
}

function untickProgram(doc: Y.Doc, programId: string): void {
  for (const c of ['courses', 'positions', 'certificates', 'competitions'] as const) {
    for (const row of doc.getMap<unknown>(MAP_ROOTS[c]).values()) {
      if (row instanceof Y.Map && row.has(`programIds.${programId}`))
        row.delete(`programIds.${programId}`);
    }
  }
}
