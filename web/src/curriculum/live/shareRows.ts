/**
 * Structural sharing between two reads of a document: a row whose content did not change keeps
 * its previous object, so memoized rows of a 70-course grid re-render only where a cell changed.
 */
export function shareRows<T extends { id: string }>(
  previous: readonly T[] | undefined,
  next: T[],
): T[] {
  if (!previous || previous.length === 0) return next;
  const before = new Map(previous.map((row) => [row.id, row]));
  let same = previous.length === next.length;
  const out = next.map((row, index) => {
    const old = before.get(row.id);
    const kept = old !== undefined && JSON.stringify(old) === JSON.stringify(row) ? old : row;
    if (kept !== previous[index]) same = false;
    return kept;
  });
  return same ? (previous as T[]) : out;
}

/** Shares a plain value (settings, policy) when it serialises the same. */
export function shareValue<T>(previous: T | undefined, next: T): T {
  return previous !== undefined && JSON.stringify(previous) === JSON.stringify(next)
    ? previous
    : next;
}
