import type { Course, CurriculumMapSnapshot } from '@tandem/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { type CoverageRow, coverageHeatmap, heatStep } from '../model/coverageModel';
import { type Jump, jumpKey } from '../model/jumpTargets';
import { localName } from '../model/localName';
import './matrix.css';

interface CoverageViewProps {
  snapshot: CurriculumMapSnapshot;
  plan: readonly Course[];
  programId: string | null;
  onJump(jump: Jump): void;
}

const KIND_TO_MATRIX = {
  position: 'positions',
  competency: 'competencies',
  certificate: 'certificates',
} as const;

function HeatLegend() {
  const { t } = useTranslation();
  const steps = [
    { step: 0, label: t('curriculum.coverage.legend0') },
    { step: 1, label: '1' },
    { step: 2, label: '2' },
    { step: 3, label: '3–4' },
    { step: 4, label: '5+' },
  ];
  return (
    <ul className="heat-legend" aria-label={t('curriculum.coverage.legend')}>
      <li className="heat-legend__title">{t('curriculum.coverage.legend')}</li>
      {steps.map(({ step, label }) => (
        <li key={step}>
          <span className={`heat heat--${step}`} aria-hidden="true" />
          {label}
        </li>
      ))}
    </ul>
  );
}

/**
 * The coverage heatmap: which part of the structure (platform, each direction module, expansion)
 * serves each position, competency and certificate, and how strongly. Gaps stand out; clicking a
 * row opens its column in the alignment matrix, where the gap can be closed.
 */
export function CoverageView({ snapshot, plan, programId, onJump }: CoverageViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const heat = useMemo(
    () => coverageHeatmap(snapshot, plan, programId),
    [snapshot, plan, programId],
  );
  const gaps = heat.rows.filter((r) => r.total === 0 && r.kind !== 'competency').length;
  const open = (row: CoverageRow) =>
    onJump({
      view: 'matrix',
      matrixKind: KIND_TO_MATRIX[row.kind],
      key: jumpKey.matrixColumn(row.id),
    });
  const sectionRow = (label: string) => (
    <tr className="coverage__section">
      <th colSpan={heat.columns.length + 2} scope="rowgroup">
        {label}
      </th>
    </tr>
  );
  return (
    <div className="coverage-view" data-testid="coverage-view">
      <div className="coverage-view__bar">
        <p className="coverage-view__summary">
          {gaps === 0
            ? t('curriculum.coverage.noGaps')
            : t('curriculum.coverage.gaps', { count: gaps })}
        </p>
        <HeatLegend />
      </div>
      <div className="grid__scroll">
        <table
          className="grid__table coverage"
          style={{ width: 320 + (heat.columns.length + 1) * 104 }}
        >
          <thead className="grid__head">
            <tr>
              <th
                scope="col"
                className="grid-head coverage__corner grid-cell--sticky"
                style={{ left: 0 }}
              >
                {t('curriculum.coverage.target')}
              </th>
              {heat.columns.map((c) => (
                <th
                  key={c.id}
                  scope="col"
                  className="grid-head coverage__col"
                  title={localName(c, language)}
                >
                  {localName(c, language)}
                </th>
              ))}
              <th scope="col" className="grid-head coverage__col">
                {t('curriculum.coverage.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {sectionRow(t('curriculum.coverage.positions'))}
            {heat.rows
              .filter((r) => r.kind !== 'certificate')
              .map((row) => (
                <HeatRow key={row.id} row={row} language={language} onOpen={open} />
              ))}
            {sectionRow(t('curriculum.coverage.certificates'))}
            {heat.rows
              .filter((r) => r.kind === 'certificate')
              .map((row) => (
                <HeatRow key={row.id} row={row} language={language} onOpen={open} />
              ))}
          </tbody>
        </table>
      </div>
      <IdleCourses courses={heat.idle} language={language} onJump={onJump} />
    </div>
  );
}

function HeatRow({
  row,
  language,
  onOpen,
}: {
  row: CoverageRow;
  language: string;
  onOpen(row: CoverageRow): void;
}) {
  const { t } = useTranslation();
  const gap = row.total === 0;
  return (
    <tr className={`coverage__row coverage__row--${row.kind}${gap ? ' is-gap' : ''}`}>
      <th scope="row" className="grid-cell coverage__name grid-cell--sticky" style={{ left: 0 }}>
        <button
          type="button"
          className="coverage__open"
          onClick={() => onOpen(row)}
          title={t('curriculum.coverage.openInMatrix')}
        >
          {row.code && <span className="matrix__code">{row.code}</span>} {localName(row, language)}
        </button>
      </th>
      {row.counts.map((count, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional and fixed per render
        <td key={index} className={`grid-cell coverage__cell heat heat--${heatStep(count)}`}>
          {count > 0 ? count : ''}
        </td>
      ))}
      <td className={`grid-cell coverage__total${gap ? ' is-gap' : ''}`}>
        {gap ? t('curriculum.matrix.gap') : row.total}
      </td>
    </tr>
  );
}

function IdleCourses({
  courses,
  language,
  onJump,
}: {
  courses: readonly Course[];
  language: string;
  onJump(jump: Jump): void;
}) {
  const { t } = useTranslation();
  return (
    <section className="idle-courses" aria-label={t('curriculum.coverage.idleTitle')}>
      <h3 className="idle-courses__title">
        {t('curriculum.coverage.idleTitle', { count: courses.length })}
      </h3>
      {courses.length === 0 ? (
        <p className="idle-courses__none">{t('curriculum.coverage.idleNone')}</p>
      ) : (
        <ul className="idle-courses__list">
          {courses.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className="chip chip--warn"
                onClick={() => onJump({ view: 'matrix', key: jumpKey.matrixRow(c.id) })}
              >
                {c.code} {localName(c, language)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
