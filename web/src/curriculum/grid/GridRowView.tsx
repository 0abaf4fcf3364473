import type { DomainMessage } from '@tandem/domain';
import { memo } from 'react';
import { CommentMarker } from '../../comments';
import type { EditConflict } from '../live/useEditConflict';
import type { GridColumn, GridRowBase, RemoteCell } from './columns';
import { type CommitThen, GridCell } from './GridCell';

export interface GridRowViewProps<Row extends GridRowBase> {
  row: Row;
  columns: readonly GridColumn<Row>[];
  /** Outline depth (positions → tasks → competencies); undefined for flat tables. */
  depth: number | undefined;
  /** The focused column when the focus is in this row, else null (keeps other rows memoized). */
  focusedCol: string | null;
  /** The column whose cell is the grid's tab stop when nothing is focused yet. */
  tabCol: string | null;
  editing: boolean;
  seed: string | null;
  editable: boolean;
  error: { colId: string; message: DomainMessage } | null;
  remote: ReadonlyMap<string, RemoteCell[]> | undefined;
  className: string | undefined;
  hasActions: boolean;
  actionsLabel: string;
  jumpKey?: (rowId: string, colId: string) => string | undefined;
  onOpenMenu(rowId: string, anchor: HTMLElement): void;
  onCellFocus(rowId: string, colId: string): void;
  onCommit(rowId: string, colId: string, raw: unknown, then: CommitThen): boolean;
  onCancel(): void;
  onConflict(rowId: string, colId: string, mine: unknown, conflict: EditConflict): void;
  validate(rowId: string, colId: string, raw: unknown): DomainMessage | null;
}

function GridRowViewInner<Row extends GridRowBase>(props: GridRowViewProps<Row>) {
  const { row, columns, focusedCol, editing, error, remote } = props;
  return (
    <tr
      className={`grid-row${focusedCol !== null ? ' is-current' : ''} ${props.className ?? ''}`}
      data-row={row.id}
      data-depth={props.depth}
    >
      {props.hasActions && (
        <td className="grid-cell grid-cell--actions grid-cell--sticky" style={{ left: 0 }}>
          <button
            type="button"
            className="grid-row__menu"
            tabIndex={-1}
            aria-label={props.actionsLabel}
            aria-haspopup="menu"
            onClick={(event) => props.onOpenMenu(row.id, event.currentTarget)}
          >
            <span aria-hidden="true">⋯</span>
          </button>
          <CommentMarker entityId={row.id} />
        </td>
      )}
      {columns.map((column) => (
        <GridCell
          key={column.id}
          row={row}
          column={column}
          focused={focusedCol === column.id}
          tabStop={focusedCol === column.id || props.tabCol === column.id}
          editing={editing && focusedCol === column.id}
          seed={focusedCol === column.id ? props.seed : null}
          editable={props.editable}
          error={error?.colId === column.id ? error.message : null}
          remote={remote?.get(column.id)}
          jumpKey={props.jumpKey?.(row.id, column.id)}
          onCellFocus={props.onCellFocus}
          onCommit={props.onCommit}
          onCancel={props.onCancel}
          onConflict={props.onConflict}
          validate={props.validate}
        />
      ))}
    </tr>
  );
}

export const GridRowView = memo(GridRowViewInner) as typeof GridRowViewInner;
