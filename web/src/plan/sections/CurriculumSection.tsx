import type { Course } from '@tandem/domain';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, localName } from '../../curriculum';
import { useLanguage } from '../../i18n';
import { planJumpKey } from '../model/planJumps';
import type { ProgramView } from '../model/programView';
import { type CourseColumn, CourseTable } from './CourseTable';
import { FromMap } from './FromMap';
import { PlanSection } from './PlanSection';

/** The name cell: the course's name, marked when it is a core course of the program. */
export function CourseName({ course }: { course: Course }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      {localName(course, language)}
      {course.isCore && <span className="plan-core">{t('plan.core')}</span>}
    </>
  );
}

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
  const columns = useMemo<CourseColumn[]>(
    () => [
      { id: 'code', label: t('curriculum.fields.code'), value: (c) => c.code },
      {
        id: 'name',
        label: t('curriculum.fields.name'),
        value: (c) => <CourseName course={c} />,
        wrap: true,
      },
      {
        id: 'category',
        label: t('curriculum.fields.category'),
        value: (c) => t(`curriculum.enums.category.${c.category}`),
      },
      {
        id: 'nature',
        label: t('curriculum.fields.nature'),
        value: (c) => t(`curriculum.enums.nature.${c.nature}`),
      },
      {
        id: 'credits',
        label: t('curriculum.fields.credits'),
        value: (c) => formatNumber(c.credits),
        align: 'end',
      },
      {
        id: 'hours',
        label: t('curriculum.columns.hoursTotal'),
        value: (c) => formatNumber(c.hoursTheory + c.hoursPractice),
        align: 'end',
      },
      { id: 'terms', label: t('curriculum.fields.terms'), value: (c) => c.terms.join(', ') },
      {
        id: 'deliveredBy',
        label: t('curriculum.fields.deliveredBy'),
        value: (c) => t(`curriculum.enums.deliveredBy.${c.deliveredBy}`),
      },
    ],
    [t],
  );
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
