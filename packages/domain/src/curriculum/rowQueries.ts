import * as Y from 'yjs';
import { MAP_ROOTS, type MapCollection } from './layout';

/** Ids of the rows whose `field` equals `value`, read straight from the doc without trusting it. */
export function rowsWhere(
  doc: Y.Doc,
  collection: MapCollection,
  field: string,
  value: unknown,
): string[] {
  const ids: string[] = [];
  for (const [id, row] of doc.getMap<unknown>(MAP_ROOTS[collection]).entries()) {
    if (row instanceof Y.Map && row.get(field) === value) ids.push(id);
  }
  return ids;
}
