import type { DomainMessage } from '@tandem/domain';
import { type MutableRefObject, useCallback, useRef } from 'react';
import type { CellError, GridWriter } from './columns';
import type { CommitThen } from './GridCell';
import type { GridAction } from './gridNavigation';

interface GridCommitOptions {
  writer: GridWriter;
  dispatch(action: GridAction): void;
  setError(update: (prev: CellError | null) => CellError | null): void;
  wantDomFocus: MutableRefObject<boolean>;
}

/**
 * Writes a cell through the grid's writer (a domain helper: validated, one Yjs change). A refusal
 * keeps the cell in edit mode with the reason; leaving the cell with a refused value drops it.
 */
export function useGridCommit({ writer, dispatch, setError, wantDomFocus }: GridCommitOptions) {
  const current = useRef(writer);
  current.current = writer;

  const onCommit = useCallback(
    (rowId: string, colId: string, raw: unknown, then: CommitThen): boolean => {
      const result = current.current.commit(rowId, colId, raw);
      if (!result.ok) {
        setError(() => ({ rowId, colId, message: result.message }));
        if (then === 'blur') dispatch({ type: 'cancel' });
        return false;
      }
      setError(() => null);
      if (then === 'keep') return true;
      if (then === 'blur') {
        dispatch({ type: 'cancel' });
        return true;
      }
      wantDomFocus.current = true;
      dispatch({ type: 'committed', move: then });
      return true;
    },
    [dispatch, setError, wantDomFocus],
  );

  const validate = useCallback(
    (rowId: string, colId: string, raw: unknown): DomainMessage | null => {
      const checked = current.current.validate(rowId, colId, raw);
      return checked.ok ? null : checked.message;
    },
    [],
  );

  const cancel = useCallback(() => {
    wantDomFocus.current = true;
    dispatch({ type: 'cancel' });
  }, [dispatch, wantDomFocus]);

  return { onCommit, validate, cancel };
}
