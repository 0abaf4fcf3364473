import { type DomainMessage, type MapCollection, validateMapEntityField } from '@tandem/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridColumn, GridRowBase, GridWriter } from '../grid/columns';
import { EditableGrid, type GridSection } from '../grid/EditableGrid';
import type { RowAction } from '../grid/RowMenu';
import { useDomainMessage } from '../messages/useDomainMessage';
import { jumpKey } from '../model/jumpTargets';
import { ConfirmDialog } from './ConfirmDialog';
import type { MapWriter } from './useMapWriter';

export interface EntityGridProps<Row extends GridRowBase> {
  title: string;
  /** Which collection a row belongs to (the positions tree mixes three). */
  collectionOf(row: Row): Exclude<MapCollection, 'courses'>;
  rows: readonly Row[];
  depthOf?: (row: Row) => number;
  columns: readonly GridColumn<Row>[];
  editable: boolean;
  writer: MapWriter;
  onAdd?: () => void;
  addLabel?: string;
  extraActions?: (row: Row) => RowAction[];
  /** Ask before deleting (e.g. a position takes its tasks and competencies with it). */
  confirmDelete?: (row: Row) => string | null;
  anchor: string;
}

/** One table of the structure view: rows of a map collection, edited cell by cell. */
export function EntityGrid<Row extends GridRowBase>(props: EntityGridProps<Row>) {
  const { t } = useTranslation();
  const describe = useDomainMessage();
  const { writer, collectionOf, rows } = props;
  const [refusal, setRefusal] = useState<DomainMessage | null>(null);
  const [asking, setAsking] = useState<{ row: Row; question: string } | null>(null);
  const byId = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  const gridWriter = useMemo<GridWriter>(() => {
    const collection = (id: string) => {
      const row = byId.get(id);
      return row ? collectionOf(row) : 'programs';
    };
    return {
      validate: (id, field, raw) => validateMapEntityField(collection(id), field, raw),
      commit: (id, field, raw) => writer.entityField(collection(id), id, field, raw),
    };
  }, [byId, collectionOf, writer]);
  const reallyRemove = (row: Row) => {
    const result = writer.deleteEntity(collectionOf(row), row.id);
    setRefusal(result.ok ? null : result.message);
  };
  const remove = (row: Row) => {
    const question = props.confirmDelete?.(row);
    if (question) setAsking({ row, question });
    else reallyRemove(row);
  };
  const rowActions = (row: Row): RowAction[] => [
    ...(props.extraActions?.(row) ?? []),
    {
      id: 'delete',
      label: t('curriculum.grid.delete'),
      danger: true,
      disabled: !props.editable,
      onSelect: () => remove(row),
    },
  ];
  const sections: GridSection<Row>[] = [
    { id: 'rows', rows, ...(props.depthOf ? { depthOf: props.depthOf } : {}) },
  ];
  return (
    <section className="structure-section" data-jump={props.anchor} tabIndex={-1}>
      <header className="structure-section__head">
        <h3 className="structure-section__title">{props.title}</h3>
        {props.editable && props.onAdd && (
          <button type="button" className="link-button" onClick={props.onAdd}>
            {props.addLabel}
          </button>
        )}
      </header>
      {refusal && (
        <p className="structure-section__error" role="alert">
          {describe(refusal)}
        </p>
      )}
      <div className="grid--inline">
        <EditableGrid
          label={props.title}
          columns={props.columns}
          sections={sections}
          editable={props.editable}
          writer={gridWriter}
          rowActions={rowActions}
          history={writer}
          jumpKey={(rowId, colId) =>
            colId === props.columns[0]?.id
              ? jumpKey.entity(collectionOf(byId.get(rowId) ?? rows[0]!), rowId)
              : undefined
          }
          emptyText={t('curriculum.structure.empty')}
        />
      </div>
      {asking && (
        <ConfirmDialog
          title={t('curriculum.structure.deleteTitle')}
          confirmLabel={t('curriculum.grid.delete')}
          danger
          onConfirm={() => reallyRemove(asking.row)}
          onClose={() => setAsking(null)}
        >
          {asking.question}
        </ConfirmDialog>
      )}
    </section>
  );
}
