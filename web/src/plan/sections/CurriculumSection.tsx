import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../../curriculum';
import { useLanguage } from '../../i18n';
import { planJumpKey } from '../model/planJumps';
import type { ProgramView } from '../model/programView';
import { CourseTable } from './CourseTable';
import { type CourseColumnId, useCourseColumns } from './courseColumns';
import { FromMap } from './FromMap';
import { PlanSection } from './PlanSection';

const COLUMNS: CourseColumnId[] = [
  'code',
  'name',
  'category',
  'nature',
  'credits',
  'hours',
  'terms',
  'deliveredBy',
];

/**
 * Section 6: the program's courses, grouped by the map's course groups in its tree order, core
 * courses marked; then the plan's words (core course descriptions, apprenticeship).
 */
export function CurriculumSection({
  view,
  narrative,
}: {
  view: ProgramView | null;
  narrative: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const columns = useCourseColumns(COLUMNS);
  return (
    <PlanSection
      id="curriculum"
      status={
        view &&
        t('plan.curriculumStatus', {
          courses: view.schedule.rollups.courseCount,
          core: view.schedule.rollups.coreCourseCount,
        })
      }
    >
      <FromMap view={view}>
        {(v) => (
          <CourseTable
            label={t('plan.sections.curriculum')}
            columns={columns}
            blocks={v.schedule.blocks.map((b) => ({
              key: b.group?.id ?? 'orphans',
              title: b.group ? localName(b.group, language) : t('curriculum.courses.orphans'),
              meta: b.group ? t(`curriculum.enums.groupKind.${b.group.kind}`) : undefined,
              courses: b.rows.map((r) => r.course),
            }))}
            rowJump={planJumpKey.curriculumRow}
            testId="curriculum-table"
          />
        )}
      </FromMap>
      {narrative}
    </PlanSection>
  );
}
