import type { ThreadDto } from '@tandem/protocol';

/**
 * Open threads about rows and cells of a structured document, keyed by where a marker is drawn:
 * `row` holds every open thread of the row (its own and its cells'), so a row still shows its
 * comments when the commented cell is scrolled out of view; `cell` holds one cell's threads.
 */
export interface ThreadMarks {
  row: ReadonlyMap<string, readonly string[]>;
  cell: ReadonlyMap<string, readonly string[]>;
}

export const NO_THREADS: readonly string[] = Object.freeze([]);

/** The key of one cell: the grid's own `row:field` address. */
export function cellMarkKey(entityId: string, field: string): string {
  return `${entityId}:${field}`;
}

function push(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/** Thread ids per row and per cell, oldest first; resolved and detached threads leave no mark. */
export function threadMarks(threads: readonly ThreadDto[]): ThreadMarks {
  const row = new Map<string, string[]>();
  const cell = new Map<string, string[]>();
  const ordered = [...threads].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const thread of ordered) {
    const anchor = thread.anchor;
    if (thread.status !== 'open' || anchor.kind !== 'entity') continue;
    if (thread.resolvedAnchor === null) continue;
    push(row, anchor.entityId, thread.id);
    if (anchor.field) push(cell, cellMarkKey(anchor.entityId, anchor.field), thread.id);
  }
  return { row, cell };
}

/** The thread a marker opens: the next after the active one, so repeated clicks walk them all. */
export function nextThread(ids: readonly string[], activeId: string | null): string | null {
  if (ids.length === 0) return null;
  const at = activeId === null ? -1 : ids.indexOf(activeId);
  return ids[(at + 1) % ids.length] ?? null;
}
