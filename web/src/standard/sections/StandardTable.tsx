import { type DomainMessage, orderBetween } from '@tandem/domain';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EditableGrid,
  type GridColumn,
  type GridSection,
  type GridWriter,
  jumpKey,
  type RowAction,
  useDomainMessage,
} from '../../curriculum';
import { useGridPresence } from '../../curriculum/live/useFieldPresence';
import type { StructuredWriter } from '../model/useUndoableWriter';

interface Row {
  id: string;
  order: number;
}

interface StandardTableProps<R extends Row, C extends string> {
  label: string;
  sectionId: string;
  collection: C;
  sections: readonly GridSection<R>[];
  columns: readonly GridColumn<R>[];
  editable: boolean;
  writer: StructuredWriter<C>;
  footer?: ReactNode;
  /** A field written another way (an objective's competency links are one key per link). */
  special?: { field: string; writer: GridWriter };
  emptyText: string;
  testId?: string;
}

/**
 * A table of one collection of a structured document (a standard's content units, a plan's
 * specifications…), edited cell by cell.
 */
export function StandardTable<R extends Row, C extends string>(props: StandardTableProps<R, C>) {
  const { t } = useTranslation();
  const describe = useDomainMessage();
  const { writer, collection, sectionId } = props;
  const [refusal, setRefusal] = useState<DomainMessage | null>(null);
  const special = props.special;
  const gridWriter = useMemo<GridWriter>(
    () => ({
      validate: (id, field, raw) =>
        special?.field === field
          ? special.writer.validate(id, field, raw)
          : writer.validate(collection, field, raw),
      commit: (id, field, raw) =>
        special?.field === field
          ? special.writer.commit(id, field, raw)
          : writer.field(collection, id, field, raw),
    }),
    [writer, collection, special],
  );
  const rows = useMemo(() => props.sections.flatMap((s) => s.rows), [props.sections]);
  const [remote, publishCell] = useGridPresence(`standard:${sectionId}:${collection}`);
  const onReorder = useCallback(
    (id: string, delta: -1 | 1) => {
      const siblings = props.sections.find((s) => s.rows.some((r) => r.id === id))?.rows ?? rows;
      const index = siblings.findIndex((r) => r.id === id);
      const near = siblings[index + delta];
      if (!near) return;
      const beyond = siblings[index + 2 * delta]?.order ?? null;
      const order = delta < 0 ? orderBetween(beyond, near.order) : orderBetween(near.order, beyond);
      writer.field(collection, id, 'order', order);
    },
    [props.sections, rows, writer, collection],
  );
  const rowActions = (row: R): RowAction[] => [
    {
      id: 'up',
      label: t('curriculum.grid.moveUp'),
      disabled: !props.editable,
      onSelect: () => onReorder(row.id, -1),
    },
    {
      id: 'down',
      label: t('curriculum.grid.moveDown'),
      disabled: !props.editable,
      onSelect: () => onReorder(row.id, 1),
    },
    {
      id: 'delete',
      label: t('curriculum.standard.deleteRow'),
      danger: true,
      disabled: !props.editable,
      onSelect: () => {
        const result = writer.remove(collection, row.id);
        setRefusal(result.ok ? null : result.message);
      },
    },
  ];
  return (
    <div className="standard-table grid--inline">
      {refusal && (
        <p className="structure-section__error" role="alert">
          {describe(refusal)}
        </p>
      )}
      <EditableGrid
        label={props.label}
        columns={props.columns}
        sections={props.sections}
        editable={props.editable}
        writer={gridWriter}
        rowActions={rowActions}
        onReorder={onReorder}
        history={writer}
        remote={remote}
        onActiveCell={publishCell}
        jumpKey={(rowId, colId) => jumpKey.standardCell(sectionId, rowId, colId)}
        footer={props.footer}
        emptyText={props.emptyText}
        testId={props.testId}
      />
    </div>
  );
}
