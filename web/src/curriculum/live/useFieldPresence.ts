import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type { RemoteCell } from '../grid/columns';
import { collect, type RemoteCells } from './useCellPresence';

type Awareness = WebsocketProvider['awareness'];

/** The open document's awareness, for fields that show who else is in them. */
export const AwarenessContext = createContext<Awareness | null>(null);

const key = (people: readonly RemoteCell[] | undefined) =>
  (people ?? []).map((p) => `${p.clientId}:${p.name}:${p.color}`).join('|');

/**
 * One field's presence (a form field outside a grid): who else has their focus in it, and a way
 * to say that yours is. It uses the grids' awareness field (`cell`), so grid outlines and the
 * people panel read it the same way. Without a document's awareness it shows no one.
 */
export function useFieldPresence(
  grid: string,
  rowId: string,
  colId: string,
): [readonly RemoteCell[] | undefined, (focused: boolean) => void] {
  const awareness = useContext(AwarenessContext);
  const [remote, setRemote] = useState<readonly RemoteCell[] | undefined>(undefined);
  useEffect(() => {
    if (!awareness) return;
    let last = '';
    // Cursor moves elsewhere change awareness ten times a second; re-render only for this field.
    const onChange = () => {
      const people = collect(awareness, grid).get(rowId)?.get(colId);
      const next = key(people);
      if (next === last) return;
      last = next;
      setRemote(people);
    };
    awareness.on('change', onChange);
    onChange();
    return () => awareness.off('change', onChange);
  }, [awareness, grid, rowId, colId]);
  const setFocused = useCallback(
    (focused: boolean) =>
      awareness?.setLocalStateField('cell', focused ? { grid, rowId, colId } : null),
    [awareness, grid, rowId, colId],
  );
  return [remote, setFocused];
}

const cellsKey = (cells: RemoteCells) =>
  [...cells]
    .flatMap(([row, cols]) => [...cols].map(([col, people]) => `${row}/${col}=${key(people)}`))
    .join(';');

/**
 * A grid's presence from the open document's awareness (see `useCellPresence`), for grids deep in
 * a document's layout; both are undefined without a document's awareness.
 */
export function useGridPresence(
  grid: string,
): [
  RemoteCells | undefined,
  ((cell: { rowId: string; colId: string } | null) => void) | undefined,
] {
  const awareness = useContext(AwarenessContext);
  const [remote, setRemote] = useState<RemoteCells>();
  useEffect(() => {
    if (!awareness) return;
    let last = '';
    const onChange = () => {
      const cells = collect(awareness, grid);
      const next = cellsKey(cells);
      if (next === last) return;
      last = next;
      setRemote(cells);
    };
    awareness.on('change', onChange);
    onChange();
    return () => awareness.off('change', onChange);
  }, [awareness, grid]);
  const publish = useCallback(
    (cell: { rowId: string; colId: string } | null) =>
      awareness?.setLocalStateField('cell', cell ? { grid, ...cell } : null),
    [awareness, grid],
  );
  return [remote, awareness ? publish : undefined];
}
