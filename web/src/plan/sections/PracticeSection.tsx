import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../curriculum';
import type { ProgramView } from '../model/programView';
import { CourseTable } from './CourseTable';
import { type CourseColumnId, useCourseColumns } from './courseColumns';
import { FromMap } from './FromMap';
import { PlanSection } from './PlanSection';

const COLUMNS: CourseColumnId[] = [
  'code',
  'name',
  'terms',
  'weeks',
  'practice',
  'credits',
  'venue',
  'deliveredBy',
  'mentor',
];

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
  const columns = useCourseColumns(COLUMNS);
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
