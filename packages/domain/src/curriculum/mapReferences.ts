import * as Y from 'yjs';
import { type DomainMessage, message } from '../messages/DomainMessage';
import { MAP_ROOTS, type MapCollection } from './layout';

/** Which fields of which collection point at rows of another collection. */
export const MAP_REFERENCES: Readonly<
  Record<MapCollection, Readonly<Record<string, MapCollection>>>
> = {
  programs: { scaleId: 'scales' },
  groups: { parentId: 'groups' },
  courses: { groupId: 'groups', programIds: 'programs' },
  positions: { programIds: 'programs' },
  tasks: { positionId: 'positions' },
  competencies: { taskId: 'tasks' },
  certificates: { programIds: 'programs' },
  competitions: { programIds: 'programs' },
  scales: {},
};

/** Refuses a write that points at something that does not exist (yet) in this document. */
export function checkFieldReference(
  doc: Y.Doc,
  collection: MapCollection,
  field: string,
  value: unknown,
): DomainMessage | null {
  const target = MAP_REFERENCES[collection][field];
  if (!target) return null;
  const rows = doc.getMap<unknown>(MAP_ROOTS[target]);
  const ids = Array.isArray(value) ? value : [value];
  for (const id of ids) {
    if (id === null) continue;
    if (typeof id !== 'string' || !rows.has(id)) {
      return message('domain.validation.unknownReference', { field, id: String(id) });
    }
  }
  return null;
}

/** A group may not become its own ancestor. */
export function wouldCreateCycle(doc: Y.Doc, groupId: string, parentId: string | null): boolean {
  const groups = doc.getMap<unknown>(MAP_ROOTS.groups);
  const seen = new Set<string>();
  let next = parentId;
  while (next && !seen.has(next)) {
    if (next === groupId) return true;
    seen.add(next);
    const row = groups.get(next);
    const parent = row instanceof Y.Map ? row.get('parentId') : null;
    next = typeof parent === 'string' ? parent : null;
  }
  return false;
}
