import { useTranslation } from 'react-i18next';
import { useDomainMessage } from '../curriculum';
import type { RowProblem } from './DocImportProfile';
import type { PlannedRow, PlannedTable } from './planTable';

/** A recognised table's rows as the file has them, each with what the import does and why not. */
export function RowsPreview({ table }: { table: PlannedTable }) {
  const { t } = useTranslation();
  const describe = useDomainMessage();
  const columnOf = (field: string | null) => (field === null ? -1 : table.fields.indexOf(field));
  // A code the file left empty and the import chose (the next free K/S/Q number).
  const filledCode = (row: PlannedRow) => {
    const code = row.values.code;
    const column = columnOf('code');
    const typed = column === -1 ? '' : (row.cells[column] ?? '').trim();
    return typeof code === 'string' && typed === '' ? code : null;
  };
  const explain = (problem: RowProblem) => {
    const text =
      'local' in problem
        ? t('docImport.problems.unknownChoice', problem.params)
        : describe(problem.message);
    const column = table.header[columnOf(problem.field)];
    return column ? `${column}: ${text}` : text;
  };
  return (
    <div className="doc-import__rows">
      <table className="doc-import__grid" data-testid={`docx-rows-${table.mapping.collection}`}>
        <caption className="visually-hidden">{t('docImport.rowsLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('docImport.row')}</th>
            {table.header.map((text, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional and fixed
              <th key={i} scope="col">
                {text}
              </th>
            ))}
            <th scope="col">{t('docImport.result')}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => {
            const bad = new Set(row.problems.map((p) => columnOf(p.field)));
            return (
              <tr key={row.line} className={`is-${row.action}`} data-action={row.action}>
                <th scope="row">{row.line}</th>
                {row.cells.map((cell, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional and fixed
                  <td key={i} className={bad.has(i) ? 'is-bad' : undefined}>
                    {cell}
                  </td>
                ))}
                <td>
                  <strong>{t(`docImport.actions.${row.action}`)}</strong>
                  {row.action === 'add' && filledCode(row) && (
                    <span className="field__hint">
                      {' '}
                      {t('docImport.filledCode', { code: filledCode(row) })}
                    </span>
                  )}
                  {row.problems.length > 0 && (
                    <ul className="doc-import__problems">
                      {row.problems.map((problem) => {
                        const text = explain(problem);
                        return <li key={text}>{text}</li>;
                      })}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
