import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { jumpKey, type MatrixKind } from '../model/jumpTargets';
import { localName } from '../model/localName';
import type { MatrixColumn } from '../model/matrixModel';

interface MatrixHeadProps {
  columns: readonly MatrixColumn[];
  counts: ReadonlyMap<string, number>;
  gaps: ReadonlySet<string>;
  kind: MatrixKind;
}

interface Band {
  id: string;
  name: string;
  span: number;
}

function bandsOf(columns: readonly MatrixColumn[], language: string): Band[] {
  const bands: Band[] = [];
  for (const column of columns) {
    const last = bands.at(-1);
    if (column.band && last?.id === column.band.id) last.span += 1;
    else if (column.band)
      bands.push({ id: column.band.id, name: localName(column.band, language), span: 1 });
  }
  return bands;
}

/**
 * Sticky header rows: positions over their competencies (for the competency matrix), the target
 * names or codes, and how many courses serve each one; a target no course serves is marked as a gap.
 */
export function MatrixHead({ columns, counts, gaps, kind }: MatrixHeadProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const bands = bandsOf(columns, language);
  const wide = kind !== 'competencies';
  return (
    <thead
      className={`grid__head matrix__head${wide ? ' matrix__head--wide' : ''}${
        bands.length > 0 ? ' matrix__head--banded' : ''
      }`}
    >
      {bands.length > 0 && (
        <tr className="matrix__bands">
          <th className="grid-head matrix__corner grid-cell--sticky" style={{ left: 0 }} />
          {bands.map((band) => (
            <th
              key={band.id}
              colSpan={band.span}
              scope="colgroup"
              className="grid-head matrix__band"
              title={band.name}
            >
              {band.name}
            </th>
          ))}
          <th className="grid-head" />
        </tr>
      )}
      <tr className="matrix__names">
        <th scope="col" className="grid-head matrix__corner grid-cell--sticky" style={{ left: 0 }}>
          {t('curriculum.matrix.course')}
        </th>
        {columns.map((column) => (
          <th
            key={column.id}
            scope="col"
            className={`grid-head matrix__target${gaps.has(column.id) ? ' is-gap' : ''}`}
            title={localName(column, language)}
            data-jump={jumpKey.matrixColumn(column.id)}
            tabIndex={-1}
          >
            {wide ? localName(column, language) : column.code}
          </th>
        ))}
        <th scope="col" className="grid-head matrix__links">
          {t('curriculum.matrix.links')}
        </th>
      </tr>
      <tr className="matrix__counts">
        <th scope="row" className="grid-head matrix__corner grid-cell--sticky" style={{ left: 0 }}>
          {t('curriculum.matrix.servedBy')}
        </th>
        {columns.map((column) => {
          const count = counts.get(column.id) ?? 0;
          const gap = gaps.has(column.id);
          return (
            <td
              key={column.id}
              className={`matrix__count${gap ? ' is-gap' : ''}`}
              title={gap ? t('curriculum.matrix.gapTitle') : undefined}
            >
              {gap ? t('curriculum.matrix.gap') : count}
            </td>
          );
        })}
        <td className="matrix__count" />
      </tr>
    </thead>
  );
}
