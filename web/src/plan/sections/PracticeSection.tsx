import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../curriculum';
import type { ProgramView } from '../model/programView';
import { type CourseColumn, CourseTable } from './CourseTable';
import { CourseName } from './CurriculumSection';
import { FromMap } from './FromMap';
import { PlanSection } from './PlanSection';

/**
 * Section 8: the program's practice courses (category practice: placements, training weeks) as
 * the map has them, with their weeks and where and by whom they are taught; then the plan's words.
 */
export function PracticeSection({
  view,
  narrative,
}: {
  view: ProgramView | null;
  narrative: ReactNode;
}) {
  const { t } = useTranslation();
  const columns = useMemo<CourseColumn[]>(
    () => [
      { id: 'code', label: t('curriculum.fields.code'), value: (c) => c.code },
      {
        id: 'name',
        label: t('curriculum.fields.name'),
        value: (c) => <CourseName course={c} />,
        wrap: true,
      },
      { id: 'terms', label: t('curriculum.fields.terms'), value: (c) => c.terms.join(', ') },
      {
        id: 'weeks',
        label: t('curriculum.fields.blockWeeks'),
        value: (c) => (c.blockWeeks === null ? '—' : formatNumber(c.blockWeeks)),
        align: 'end',
      },
      {
        id: 'practice',
        label: t('plan.practiceHours'),
        value: (c) => formatNumber(c.hoursPractice),
        align: 'end',
      },
      {
        id: 'credits',
        label: t('curriculum.fields.credits'),
        value: (c) => formatNumber(c.credits),
        align: 'end',
      },
      {
        id: 'venue',
        label: t('curriculum.fields.venue'),
        value: (c) => (c.venue ? t(`curriculum.enums.venue.${c.venue}`) : '—'),
      },
      {
        id: 'deliveredBy',
        label: t('curriculum.fields.deliveredBy'),
        value: (c) => t(`curriculum.enums.deliveredBy.${c.deliveredBy}`),
      },
      {
        id: 'mentor',
        label: t('curriculum.fields.enterpriseMentor'),
        value: (c) => c.enterpriseMentor ?? '—',
      },
    ],
    [t],
  );
  const practice = useMemo(
    () =>
      (view?.schedule.blocks ?? [])
        .flatMap((b) => b.rows.map((r) => r.course))
        .filter((c) => c.category === 'practice'),
    [view],
  );
  const hours = practice.reduce((sum, c) => sum + c.hoursPractice, 0);
  return (
    <PlanSection
      id="practice"
      status={
        view && t('plan.practiceStatus', { count: practice.length, hours: formatNumber(hours) })
      }
    >
      <FromMap view={view}>
        {() => (
          <CourseTable
            label={t('plan.sections.practice')}
            columns={columns}
            blocks={[{ key: 'practice', courses: practice }]}
            testId="practice-table"
          />
        )}
      </FromMap>
      {narrative}
    </PlanSection>
  );
}
