import type { DomainMessage } from '@tandem/domain';
import { type CSSProperties, memo, useRef } from 'react';
import { CommentMarker } from '../../comments';
import type { EditConflict } from '../live/useEditConflict';
import { useDomainMessage } from '../messages/useDomainMessage';
import { CellInput } from './CellInput';
import { formatCell, toggleMember } from './cellText';
import { cellAddress, type GridColumn, type GridRowBase, type RemoteCell } from './columns';
import type { AfterCommit } from './gridNavigation';
import { OptionPicker } from './OptionPicker';

export type CommitThen = AfterCommit | 'keep' | 'blur';

export interface GridCellProps<Row extends GridRowBase> {
  row: Row;
  column: GridColumn<Row>;
  focused: boolean;
  tabStop: boolean;
  editing: boolean;
  seed: string | null;
  editable: boolean;
  error: DomainMessage | null;
  remote: readonly RemoteCell[] | undefined;
  jumpKey: string | undefined;
  onCellFocus(rowId: string, colId: string): void;
  onCommit(rowId: string, colId: string, raw: unknown, then: CommitThen): boolean;
  onCancel(): void;
  onConflict(rowId: string, colId: string, mine: unknown, conflict: EditConflict): void;
  validate(rowId: string, colId: string, raw: unknown): DomainMessage | null;
}

export function isCellEditable<Row>(column: GridColumn<Row>, row: Row, editable: boolean): boolean {
  return editable && column.kind !== 'computed' && !column.readOnly?.(row);
}

function cellStyle<Row>(column: GridColumn<Row>, remote: readonly RemoteCell[] | undefined) {
  const style: CSSProperties = { width: column.width, minWidth: column.width };
  if (column.stickyLeft !== undefined) style.left = column.stickyLeft;
  const first = remote?.[0];
  if (first) style.boxShadow = `inset 0 0 0 2px ${first.color}`;
  return style;
}

function GridCellInner<Row extends GridRowBase>(props: GridCellProps<Row>) {
  const { row, column, focused, editing, editable, error, remote, jumpKey } = props;
  const ref = useRef<HTMLTableCellElement>(null);
  const describe = useDomainMessage();
  const value = column.value(row);
  const canEdit = isCellEditable(column, row, editable);
  const tone = column.tone?.(row) ?? null;
  const classes = [
    'grid-cell',
    `grid-cell--${column.kind}`,
    column.align === 'end' ? 'grid-cell--end' : '',
    column.stickyLeft !== undefined ? 'grid-cell--sticky' : '',
    focused ? 'is-focused' : '',
    editing ? 'is-editing' : '',
    error ? 'is-invalid' : '',
    tone === 'warn' ? 'is-warn' : '',
    canEdit ? '' : 'is-readonly',
  ].filter(Boolean);
  // A role change to viewer mid-edit closes the editor rather than leave it writing.
  const picking = editing && canEdit && (column.kind === 'enum' || column.kind === 'tags');
  const typing = editing && canEdit && !picking;
  const text = formatCell(column.kind, value, column.options);

  const pick = (picked: string | null) => {
    if (column.kind === 'tags' && picked !== null) {
      const current = Array.isArray(value) ? value.map(String) : [];
      props.onCommit(
        row.id,
        column.id,
        toggleMember(current, picked, column.options ?? []),
        'keep',
      );
      return;
    }
    props.onCommit(row.id, column.id, picked, 'stay');
  };

  return (
    <td
      ref={ref}
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: WAI-ARIA data grid (a table with role=grid, cells role=gridcell; keys handled by the grid)
      role="gridcell"
      className={classes.join(' ')}
      style={cellStyle(column, remote)}
      tabIndex={props.tabStop && !typing ? 0 : -1}
      data-cell={cellAddress(row.id, column.id)}
      data-jump={jumpKey}
      aria-readonly={!canEdit || undefined}
      aria-invalid={error ? true : undefined}
      aria-label={typing ? undefined : `${column.label}: ${text || '—'}`}
      title={
        error ? describe(error) : column.kind === 'tags' || text.length > 14 ? text : undefined
      }
      onFocus={(event) => {
        if (event.target === event.currentTarget) props.onCellFocus(row.id, column.id);
      }}
    >
      {typing ? (
        <CellInput
          kind={column.kind}
          label={column.label}
          initial={value}
          seed={props.seed}
          nullable={column.nullable ?? false}
          validate={(raw) => props.validate(row.id, column.id, raw)}
          remote={remote}
          onCommit={(raw, then) => props.onCommit(row.id, column.id, raw, then)}
          onCancel={props.onCancel}
          onConflict={(mine, conflict) => props.onConflict(row.id, column.id, mine, conflict)}
        />
      ) : (
        <span className="grid-cell__text">{column.display ? column.display(row) : text}</span>
      )}
      <CommentMarker entityId={row.id} field={column.id} />
      {remote?.[0] && (
        <span
          className="grid-cell__peer"
          style={{ background: remote[0].color }}
          aria-hidden="true"
        >
          {remote[0].name}
        </span>
      )}
      {picking && (
        <OptionPicker
          anchor={ref.current}
          label={column.label}
          options={column.options ?? []}
          selected={Array.isArray(value) ? value.map(String) : value == null ? [] : [String(value)]}
          multiple={column.kind === 'tags'}
          allowNone={column.kind === 'enum' && (column.nullable ?? false)}
          onPick={pick}
          onClose={props.onCancel}
        />
      )}
    </td>
  );
}

export const GridCell = memo(GridCellInner) as typeof GridCellInner;
