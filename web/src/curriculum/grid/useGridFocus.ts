import { useCallback, useRef, useState } from 'react';
import { type GridAction, type GridMode, gridReducer } from './gridNavigation';

/**
 * The focused cell by row and column id, not index: when a collaborator inserts or reorders rows,
 * your focus stays on the course you were on instead of sliding to its neighbour.
 */
export interface GridFocus {
  rowId: string | null;
  colId: string | null;
  mode: GridMode;
  seed: string | null;
}

const NO_FOCUS: GridFocus = { rowId: null, colId: null, mode: 'nav', seed: null };

export function useGridFocus(
  rowIds: readonly string[],
  colIds: readonly string[],
): [GridFocus, (action: GridAction) => void, (rowId: string, colId: string) => void] {
  const [focus, setFocus] = useState<GridFocus>(NO_FOCUS);
  const ids = useRef({ rowIds, colIds });
  ids.current = { rowIds, colIds };

  const dispatch = useCallback((action: GridAction) => {
    setFocus((prev) => {
      const { rowIds: rows, colIds: cols } = ids.current;
      const row = prev.rowId === null ? -1 : rows.indexOf(prev.rowId);
      const col = prev.colId === null ? -1 : cols.indexOf(prev.colId);
      const pos = row < 0 || col < 0 ? null : { row, col };
      const next = gridReducer({ pos, mode: prev.mode, seed: prev.seed }, action, {
        rows: rows.length,
        cols: cols.length,
      });
      if (next.pos === null) return { ...NO_FOCUS };
      return {
        rowId: rows[next.pos.row] ?? null,
        colId: cols[next.pos.col] ?? null,
        mode: next.mode,
        seed: next.seed,
      };
    });
  }, []);

  const focusCell = useCallback((rowId: string, colId: string) => {
    setFocus((prev) =>
      prev.rowId === rowId && prev.colId === colId && prev.mode === 'nav'
        ? prev
        : { rowId, colId, mode: 'nav', seed: null },
    );
  }, []);

  return [focus, dispatch, focusCell];
}
