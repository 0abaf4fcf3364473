import {
  type KeyboardEvent,
  type MutableRefObject,
  type RefObject,
  useEffect,
  useRef,
} from 'react';
import { cellAddress, type GridColumn, type GridRowBase } from './columns';
import { type CommitThen, isCellEditable } from './GridCell';
import { type GridAction, navKeyAction, tabAction } from './gridNavigation';
import type { GridFocus } from './useGridFocus';

interface GridKeysOptions<Row extends GridRowBase> {
  rows: readonly Row[];
  columns: readonly GridColumn<Row>[];
  editable: boolean;
  focus: GridFocus;
  dispatch(action: GridAction): void;
  onCommit(rowId: string, colId: string, raw: unknown, then: CommitThen): boolean;
  wantDomFocus: MutableRefObject<boolean>;
  tableRef: RefObject<HTMLTableElement | null>;
  onReorder?: (rowId: string, delta: -1 | 1) => void;
  history?: { undo(): void; redo(): void };
  openMenu(rowId: string, anchor: HTMLElement): void;
  onActiveCell?: (cell: { rowId: string; colId: string } | null) => void;
}

function focusCellElement(table: HTMLElement | null, rowId: string, colId: string): void {
  const selector = `[data-cell="${CSS.escape(cellAddress(rowId, colId))}"]`;
  const cell = table?.querySelector<HTMLElement>(selector);
  cell?.focus({ preventScroll: true });
  cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

function clearedValue<Row>(column: GridColumn<Row>): unknown {
  if (column.kind === 'tags') return [];
  return column.nullable ? null : '';
}

/**
 * Keys pressed on a focused cell: navigation, starting an edit, toggling a checkbox cell,
 * clearing, reordering rows (Alt+↑/↓), undo of your own edits, and the row menu (Shift+F10).
 * Also moves DOM focus to the focused cell after keyboard moves and commits.
 */
export function useGridKeys<Row extends GridRowBase>(options: GridKeysOptions<Row>) {
  const { focus, tableRef, wantDomFocus, onActiveCell } = options;
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    if (focus.mode !== 'nav' || !wantDomFocus.current) return;
    wantDomFocus.current = false;
    if (focus.rowId === null || focus.colId === null) return;
    focusCellElement(tableRef.current, focus.rowId, focus.colId);
  }, [focus, tableRef, wantDomFocus]);

  useEffect(() => {
    onActiveCell?.(
      focus.rowId !== null && focus.colId !== null
        ? { rowId: focus.rowId, colId: focus.colId }
        : null,
    );
  }, [focus.rowId, focus.colId, onActiveCell]);

  return (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || target.getAttribute('role') !== 'gridcell') return;
    const o = latest.current;
    if (o.focus.mode === 'edit') return;
    const row = o.rows.find((r) => r.id === o.focus.rowId);
    const column = o.columns.find((c) => c.id === o.focus.colId);
    if (!row || !column) return;
    if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      event.preventDefault();
      o.openMenu(row.id, target);
      return;
    }
    const pos = { row: o.rows.indexOf(row), col: o.columns.indexOf(column) };
    const bounds = { rows: o.rows.length, cols: o.columns.length };
    const action = event.key === 'Tab' ? tabAction(event, pos, bounds) : navKeyAction(event);
    if (action === null) return;
    event.preventDefault();
    runAction(o, action, row, column);
  };
}

function runAction<Row extends GridRowBase>(
  o: GridKeysOptions<Row>,
  action: GridAction,
  row: Row,
  column: GridColumn<Row>,
): void {
  const canEdit = isCellEditable(column, row, o.editable);
  switch (action.type) {
    case 'edit':
    case 'activate':
      if (!canEdit) return;
      if (column.kind === 'bool') {
        o.onCommit(row.id, column.id, !column.value(row), 'stay');
        return;
      }
      if (action.type === 'activate' || column.kind === 'enum' || column.kind === 'tags') {
        o.dispatch({ type: 'edit' });
        return;
      }
      o.dispatch(action);
      return;
    case 'clear':
      if (canEdit && column.kind !== 'bool')
        o.onCommit(row.id, column.id, clearedValue(column), 'stay');
      return;
    case 'reorder':
      if (!o.editable || !o.onReorder) return;
      o.onReorder(row.id, action.delta);
      // The row's cells move in the DOM, which takes the focus away from the one you were on.
      requestAnimationFrame(() => focusCellElement(o.tableRef.current, row.id, column.id));
      return;
    case 'undo':
      if (o.editable) o.history?.undo();
      return;
    case 'redo':
      if (o.editable) o.history?.redo();
      return;
    default:
      o.wantDomFocus.current = true;
      o.dispatch(action);
  }
}
