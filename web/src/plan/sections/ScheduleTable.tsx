import type { PlanSchedule, ScheduleBlock, ScheduleRow } from '@tandem/domain';
import { useTranslation } from 'react-i18next';
import { formatNumber, localName } from '../../curriculum';
import { useLanguage } from '../../i18n';
import { planJumpKey } from '../model/planJumps';
import { CourseName } from './courseColumns';

const TERMS = [1, 2, 3, 4, 5, 6] as const;

/** Credits, hours total / theory / practice: a row's, a group's subtotal, the plan's total. */
function Sums({ sums }: { sums: ScheduleBlock['subtotal'] }) {
  return (
    <>
      <td className="is-end">{formatNumber(sums.credits)}</td>
      <td className="is-end">{formatNumber(sums.hours)}</td>
      <td className="is-end">{formatNumber(sums.hoursTheory)}</td>
      <td className="is-end">{formatNumber(sums.hoursPractice)}</td>
    </>
  );
}

/** One term's cell: the weekly hours (derived ones marked), or a block practice's weeks. */
function TermCell({ row, term }: { row: ScheduleRow; term: number }) {
  const { t } = useTranslation();
  const { course } = row;
  if (course.blockWeeks !== null && course.terms.includes(term)) {
    return (
      <td className="is-end plan-schedule__block" title={t('plan.schedule.blockHint')}>
        {t('plan.schedule.weeks', { weeks: course.blockWeeks })}
      </td>
    );
  }
  const value = row.weekly[term - 1];
  if (value === null || value === undefined) return <td />;
  const derived = row.derived[term - 1];
  return (
    <td
      className={`is-end${derived ? ' plan-schedule__derived' : ''}`}
      title={derived ? t('plan.schedule.derivedHint') : undefined}
      data-derived={derived || undefined}
    >
      {formatNumber(value)}
    </td>
  );
}

function CourseRow({ row, flagged }: { row: ScheduleRow; flagged: boolean }) {
  const { t } = useTranslation();
  const { course } = row;
  const sums = {
    credits: course.credits,
    hours: course.hoursTheory + course.hoursPractice,
    hoursTheory: course.hoursTheory,
    hoursPractice: course.hoursPractice,
  };
  return (
    <tr
      data-course={course.id}
      data-jump={planJumpKey.scheduleRow(course.id)}
      tabIndex={-1}
      className={flagged ? 'is-flagged' : undefined}
    >
      <td>{course.code}</td>
      <td className="plan-schedule__name">
        <CourseName course={course} />
        {row.share < 1 && (
          <span className="plan-schedule__share" title={t('plan.schedule.shareHint')}>
            ×{formatNumber(row.share)}
          </span>
        )}
      </td>
      <td className="plan-schedule__wrap">{t(`curriculum.enums.category.${course.category}`)}</td>
      <td className="plan-schedule__wrap">{t(`curriculum.enums.nature.${course.nature}`)}</td>
      <Sums sums={sums} />
      {TERMS.map((term) => (
        <TermCell key={term} row={row} term={term} />
      ))}
      <td className="plan-schedule__wrap">
        {t(`curriculum.enums.assessment.${course.assessment}`)}
      </td>
      <td className="plan-schedule__wrap">
        {t(`curriculum.enums.deliveredBy.${course.deliveredBy}`)}
      </td>
    </tr>
  );
}

/**
 * The term-by-term teaching schedule (教学进程表) as colleges print it: the program's courses by
 * course group, weekly hours in terms 1–6, group subtotals and the plan's totals (elective
 * shares applied, as the rules count them). Read-only: the map is where courses are edited.
 */
export function ScheduleTable({
  schedule,
  flagged,
}: {
  schedule: PlanSchedule;
  /** Courses a rule result is about (R5, R13): their rows are tinted. */
  flagged: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const columns = 4 + 4 + TERMS.length + 2;
  return (
    <div className="plan-table__scroll">
      <table className="plan-table plan-schedule" data-testid="schedule-table">
        <caption className="visually-hidden">{t('plan.sections.schedule')}</caption>
        <thead>
          <tr>
            <th rowSpan={2}>{t('curriculum.fields.code')}</th>
            <th rowSpan={2}>{t('curriculum.fields.name')}</th>
            <th rowSpan={2}>{t('curriculum.fields.category')}</th>
            <th rowSpan={2}>{t('curriculum.fields.nature')}</th>
            <th rowSpan={2} className="is-end">
              {t('curriculum.fields.credits')}
            </th>
            <th colSpan={3} className="plan-schedule__span">
              {t('plan.schedule.hours')}
            </th>
            <th colSpan={TERMS.length} className="plan-schedule__span">
              {t('plan.schedule.weekly')}
            </th>
            <th rowSpan={2}>{t('plan.schedule.assessment')}</th>
            <th rowSpan={2}>{t('curriculum.fields.deliveredBy')}</th>
          </tr>
          <tr>
            <th className="is-end">{t('plan.schedule.total')}</th>
            <th className="is-end">{t('curriculum.columns.theory')}</th>
            <th className="is-end">{t('curriculum.columns.practice')}</th>
            {TERMS.map((term) => (
              <th key={term} className="is-end">
                {term}
              </th>
            ))}
          </tr>
        </thead>
        {schedule.blocks.map((block) => (
          <tbody key={block.group?.id ?? 'orphans'}>
            <tr className="plan-table__group">
              <th colSpan={columns} scope="rowgroup">
                {block.group ? localName(block.group, language) : t('curriculum.courses.orphans')}
              </th>
            </tr>
            {block.rows.map((row) => (
              <CourseRow key={row.course.id} row={row} flagged={flagged.has(row.course.id)} />
            ))}
            <tr className="plan-schedule__subtotal" data-subtotal={block.group?.id ?? 'orphans'}>
              <th colSpan={4} scope="row">
                {t('plan.schedule.subtotal')}
              </th>
              <Sums sums={block.subtotal} />
              <td colSpan={TERMS.length + 2} />
            </tr>
          </tbody>
        ))}
        <tfoot>
          <tr className="plan-schedule__total" data-testid="schedule-totals">
            <th colSpan={4} scope="row">
              {t('plan.schedule.totals')}
            </th>
            <td className="is-end" data-testid="schedule-total-credits">
              {formatNumber(schedule.totals.credits)}
            </td>
            <td className="is-end" data-testid="schedule-total-hours">
              {formatNumber(schedule.totals.hours)}
            </td>
            <td className="is-end">{formatNumber(schedule.totals.hoursTheory)}</td>
            <td className="is-end">{formatNumber(schedule.totals.hoursPractice)}</td>
            {schedule.rollups.weeklyLoad.map((load) => (
              <td key={load.term} className="is-end" title={t('plan.schedule.loadHint')}>
                {formatNumber(Math.round(load.hours * 10) / 10)}
              </td>
            ))}
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
