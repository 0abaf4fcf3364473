import { useCallback, useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type { RemoteCell } from '../grid/columns';

type Awareness = WebsocketProvider['awareness'];

export interface CellRef {
  grid: string;
  rowId: string;
  colId: string;
}

/** Remote people's focused cells of one grid: row id → column id → who is there. */
export type RemoteCells = ReadonlyMap<string, ReadonlyMap<string, RemoteCell[]>>;

function readCell(value: unknown): CellRef | null {
  if (typeof value !== 'object' || value === null) return null;
  const { grid, rowId, colId } = value as Record<string, unknown>;
  if (typeof grid !== 'string' || typeof rowId !== 'string' || typeof colId !== 'string')
    return null;
  return { grid, rowId, colId };
}

export function collect(awareness: Awareness, grid: string): RemoteCells {
  const out = new Map<string, Map<string, RemoteCell[]>>();
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const cell = readCell(state.cell);
    const name = typeof state.name === 'string' ? state.name : '';
    if (!cell || cell.grid !== grid || name === '') continue;
    const color = typeof state.color === 'string' ? state.color : '#1f5f8b';
    const row = out.get(cell.rowId) ?? new Map<string, RemoteCell[]>();
    row.set(cell.colId, [...(row.get(cell.colId) ?? []), { clientId, name, color }]);
    out.set(cell.rowId, row);
  }
  return out;
}

/**
 * Shows where collaborators are in a grid (their focused cell, outlined in their colour) and
 * publishes yours, through Yjs awareness like the rich-text editor's cursors.
 */
export function useCellPresence(
  awareness: Awareness,
  grid: string,
): [RemoteCells, (cell: { rowId: string; colId: string } | null) => void] {
  const [remote, setRemote] = useState<RemoteCells>(() => collect(awareness, grid));
  useEffect(() => {
    const onChange = () => setRemote(collect(awareness, grid));
    awareness.on('change', onChange);
    onChange();
    return () => awareness.off('change', onChange);
  }, [awareness, grid]);
  const publish = useCallback(
    (cell: { rowId: string; colId: string } | null) => {
      awareness.setLocalStateField('cell', cell ? { grid, ...cell } : null);
    },
    [awareness, grid],
  );
  return [remote, publish];
}
