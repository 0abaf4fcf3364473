import type { DomainMessage } from '@tandem/domain';
import { Fragment, type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditConflict } from '../live/useEditConflict';
import type {
  CellConflict,
  CellError,
  GridColumn,
  GridRowBase,
  GridWriter,
  RemoteCell,
} from './columns';
import { GridHead } from './GridHead';
import { GridRowView } from './GridRowView';
import { GridStatus } from './GridStatus';
import { type RowAction, RowMenu } from './RowMenu';
import { useGridCommit } from './useGridCommit';
import { useGridFocus } from './useGridFocus';
import { useGridKeys } from './useGridKeys';
import './grid.css';
import './controls.css';

const ACTIONS_WIDTH = 28;

export interface GridSection<Row> {
  id: string;
  /** A full-width row above the section's rows (a course group, a position). */
  header?: ReactNode;
  rows: readonly Row[];
  depthOf?: (row: Row) => number;
}

export interface EditableGridProps<Row extends GridRowBase> {
  label: string;
  columns: readonly GridColumn<Row>[];
  sections: readonly GridSection<Row>[];
  editable: boolean;
  writer: GridWriter;
  rowActions?: (row: Row) => RowAction[];
  onReorder?: (rowId: string, delta: -1 | 1) => void;
  history?: { undo(): void; redo(): void };
  remote?: ReadonlyMap<string, ReadonlyMap<string, RemoteCell[]>>;
  onActiveCell?: (cell: { rowId: string; colId: string } | null) => void;
  jumpKey?: (rowId: string, colId: string) => string | undefined;
  rowClassName?: (row: Row) => string | undefined;
  footer?: ReactNode;
  emptyText?: string;
  testId?: string;
}

/**
 * A dense, keyboard-first table for structured documents: sticky header, roving focus, Enter to
 * edit, Escape to cancel, Tab and Enter to commit and move. Every commit is one validated domain
 * write, i.e. one Yjs change; a refused value is explained in the status line and never written.
 */
export function EditableGrid<Row extends GridRowBase>(props: EditableGridProps<Row>) {
  const { t } = useTranslation();
  const { columns, sections, editable } = props;
  const tableRef = useRef<HTMLTableElement>(null);
  const rows = useMemo(() => sections.flatMap((s) => s.rows), [sections]);
  const rowIds = useMemo(() => rows.map((r) => r.id), [rows]);
  const colIds = useMemo(() => columns.map((c) => c.id), [columns]);
  const [focus, dispatch, focusCell] = useGridFocus(rowIds, colIds);
  const [error, setError] = useState<CellError | null>(null);
  const [conflict, setConflict] = useState<CellConflict | null>(null);
  const onConflict = useCallback(
    (rowId: string, colId: string, mine: unknown, c: EditConflict) =>
      setConflict({ rowId, colId, mine, theirs: c.theirs, by: c.by }),
    [],
  );
  const [menu, setMenu] = useState<{ rowId: string; anchor: HTMLElement } | null>(null);
  const wantDomFocus = useRef(false);
  const { onCommit, validate, cancel } = useGridCommit({
    writer: props.writer,
    dispatch,
    setError,
    wantDomFocus,
  });
  const onKeyDown = useGridKeys({
    rows,
    columns,
    editable,
    focus,
    dispatch,
    onCommit,
    wantDomFocus,
    tableRef,
    onReorder: props.onReorder,
    history: props.history,
    openMenu: (rowId, anchor) => setMenu({ rowId, anchor }),
    onActiveCell: props.onActiveCell,
  });
  const onOpenMenu = useCallback((rowId: string, anchor: HTMLElement) => {
    setMenu({ rowId, anchor });
  }, []);
  const menuRow = menu ? rows.find((r) => r.id === menu.rowId) : undefined;
  const hasActions = props.rowActions !== undefined;
  const tabRow = focus.rowId ?? rows[0]?.id ?? null;
  const tabCol = focus.colId ?? columns[0]?.id ?? null;
  const span = columns.length + (hasActions ? 1 : 0);
  // A fixed layout as wide as its columns: long text is cut with an ellipsis, never widens a column.
  const width = columns.reduce((sum, c) => sum + c.width, hasActions ? ACTIONS_WIDTH : 0);

  return (
    <div className="grid" data-testid={props.testId}>
      <div className="grid__scroll">
        <table
          ref={tableRef}
          className="grid__table"
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: WAI-ARIA data grid (a table with role=grid, cells role=gridcell; keys handled by the grid)
          role="grid"
          aria-label={props.label}
          aria-rowcount={rows.length + 1}
          style={{ width }}
          onKeyDown={onKeyDown}
        >
          <GridHead columns={columns} hasActions={hasActions} />
          {sections.map((section) => (
            <Fragment key={section.id}>
              {section.header && (
                <tbody className="grid__section-head">
                  <tr>
                    <th colSpan={span} scope="rowgroup" className="grid-section">
                      {section.header}
                    </th>
                  </tr>
                </tbody>
              )}
              <tbody>
                {section.rows.map((row) => {
                  const mine = focus.rowId === row.id;
                  const rowError: { colId: string; message: DomainMessage } | null =
                    error?.rowId === row.id ? error : null;
                  return (
                    <GridRowView
                      key={row.id}
                      row={row}
                      columns={columns}
                      depth={section.depthOf?.(row)}
                      focusedCol={mine ? focus.colId : null}
                      tabCol={row.id === tabRow ? tabCol : null}
                      editing={mine && focus.mode === 'edit'}
                      seed={mine ? focus.seed : null}
                      editable={editable}
                      error={rowError}
                      remote={props.remote?.get(row.id)}
                      className={props.rowClassName?.(row)}
                      hasActions={hasActions}
                      actionsLabel={t('curriculum.grid.rowActions')}
                      jumpKey={props.jumpKey}
                      onOpenMenu={onOpenMenu}
                      onCellFocus={focusCell}
                      onCommit={onCommit}
                      onCancel={cancel}
                      onConflict={onConflict}
                      validate={validate}
                    />
                  );
                })}
              </tbody>
            </Fragment>
          ))}
          {props.footer}
        </table>
        {rows.length === 0 && props.emptyText && <p className="grid__empty">{props.emptyText}</p>}
      </div>
      <GridStatus
        error={error}
        conflict={conflict}
        columns={columns}
        editable={editable}
        onDismiss={() => {
          setError(null);
          setConflict(null);
        }}
        onUseMine={(c) => {
          setConflict(null);
          onCommit(c.rowId, c.colId, c.mine, 'keep');
        }}
      />
      {menu && menuRow && props.rowActions && (
        <RowMenu
          anchor={menu.anchor}
          label={t('curriculum.grid.rowActions')}
          actions={props.rowActions(menuRow)}
          onClose={() => setMenu(null)}
        />
      )}
    </div>
  );
}
