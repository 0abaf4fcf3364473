import * as Y from 'yjs';

/** The largest `order` among rows (optionally only those matching a filter), or null if none. */
export function lastOrder(
  rows: Y.Map<unknown>,
  filter?: (row: Y.Map<unknown>) => boolean,
): number | null {
  let max: number | null = null;
  for (const row of rows.values()) {
    if (!(row instanceof Y.Map)) continue;
    if (filter && !filter(row as Y.Map<unknown>)) continue;
    const order = row.get('order');
    if (typeof order === 'number' && Number.isFinite(order) && (max === null || order > max))
      max = order;
  }
  return max;
}
