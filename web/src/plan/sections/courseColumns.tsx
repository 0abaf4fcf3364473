import type { Course } from '@tandem/domain';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, localName } from '../../curriculum';
import { useLanguage } from '../../i18n';
import type { CourseColumn } from './CourseTable';

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

const number = (value: number) => formatNumber(value);

/** Every column a read-only course table of the plan can show, by id. */
function catalogue(t: TFunction) {
  const columns = {
    code: { label: t('curriculum.fields.code'), value: (c: Course) => c.code },
    name: {
      label: t('curriculum.fields.name'),
      value: (c: Course) => <CourseName course={c} />,
      wrap: true,
    },
    category: {
      label: t('curriculum.fields.category'),
      value: (c: Course) => t(`curriculum.enums.category.${c.category}`),
    },
    nature: {
      label: t('curriculum.fields.nature'),
      value: (c: Course) => t(`curriculum.enums.nature.${c.nature}`),
    },
    credits: { label: t('curriculum.fields.credits'), value: (c: Course) => number(c.credits) },
    hours: {
      label: t('curriculum.columns.hoursTotal'),
      value: (c: Course) => number(c.hoursTheory + c.hoursPractice),
    },
    practice: { label: t('plan.practiceHours'), value: (c: Course) => number(c.hoursPractice) },
    weeks: {
      label: t('curriculum.fields.blockWeeks'),
      value: (c: Course) => (c.blockWeeks === null ? '—' : number(c.blockWeeks)),
    },
    terms: { label: t('curriculum.fields.terms'), value: (c: Course) => c.terms.join(', ') },
    venue: {
      label: t('curriculum.fields.venue'),
      value: (c: Course) => (c.venue ? t(`curriculum.enums.venue.${c.venue}`) : '—'),
    },
    deliveredBy: {
      label: t('curriculum.fields.deliveredBy'),
      value: (c: Course) => t(`curriculum.enums.deliveredBy.${c.deliveredBy}`),
    },
    mentor: {
      label: t('curriculum.fields.enterpriseMentor'),
      value: (c: Course) => c.enterpriseMentor ?? '—',
    },
  };
  return columns;
}

export type CourseColumnId = keyof ReturnType<typeof catalogue>;
const NUMERIC = new Set<CourseColumnId>(['credits', 'hours', 'practice', 'weeks']);

/** The columns `ids` of a course table, in that order, in the UI language. */
export function useCourseColumns(ids: readonly CourseColumnId[]): CourseColumn[] {
  const { t } = useTranslation();
  const key = ids.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the ids are compared by value (`key`)
  return useMemo(() => {
    const all = catalogue(t);
    return ids.map((id) => ({ id, ...all[id], ...(NUMERIC.has(id) ? { align: 'end' } : {}) }));
  }, [t, key]);
}
