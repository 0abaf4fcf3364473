import { useTranslation } from 'react-i18next';
import type { GridColumn } from './columns';

/** The sticky header row; sticky columns stay put when the grid scrolls sideways. */
export function GridHead<Row>({
  columns,
  hasActions,
}: {
  columns: readonly GridColumn<Row>[];
  hasActions: boolean;
}) {
  const { t } = useTranslation();
  return (
    <thead className="grid__head">
      <tr>
        {hasActions && (
          <th className="grid-head grid-head--actions grid-cell--sticky" style={{ left: 0 }}>
            <span className="visually-hidden">{t('curriculum.grid.rowActions')}</span>
          </th>
        )}
        {columns.map((column) => (
          <th
            key={column.id}
            scope="col"
            className={`grid-head${column.align === 'end' ? ' grid-head--end' : ''}${
              column.stickyLeft !== undefined ? ' grid-cell--sticky' : ''
            }`}
            style={{
              width: column.width,
              minWidth: column.width,
              ...(column.stickyLeft !== undefined ? { left: column.stickyLeft } : {}),
            }}
            title={column.title ?? column.label}
          >
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
