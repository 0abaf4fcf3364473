import {
  ASSESSMENT_MODES,
  COURSE_CATEGORIES,
  COURSE_NATURES,
  type Course,
  type CourseGroup,
  courseHours,
  DELIVERERS,
  INTEGRATION_TAGS,
  type PolicyProfile,
  type Program,
  PUBLIC_COURSE_KINDS,
  VENUES,
} from '@tandem/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import type { CellOption, GridColumn } from '../grid/columns';
import { flattenGroups } from '../model/groupTree';
import { localName } from '../model/localName';
import { useEnumOptions } from './useEnumOptions';

const STICKY_CODE = 28;
const STICKY_NAME = STICKY_CODE + 84;

function hoursPerCredit(course: Course): number | null {
  return course.credits > 0 ? courseHours(course) / course.credits : null;
}

/** Whether a course's credits break R5 (weekly courses by hours, block practice by weeks). */
export function creditsOffPolicy(course: Course, profile: PolicyProfile): boolean {
  const r5 = profile.rules.R5;
  if (r5.severity === 'off') return false;
  if (course.blockWeeks !== null)
    return course.credits !== course.blockWeeks * r5.creditsPerBlockWeek;
  const ratio = hoursPerCredit(course);
  if (ratio === null) return courseHours(course) > 0;
  const rounded = Math.round(ratio * 100) / 100;
  return rounded < r5.minHoursPerCredit || rounded > r5.maxHoursPerCredit;
}

/** The columns of the course grid, in the order of a talent-cultivation plan's schedule table. */
export function useCourseColumns(
  programs: readonly Program[],
  groups: readonly CourseGroup[],
  profile: PolicyProfile,
): GridColumn<Course>[] {
  const { t } = useTranslation();
  const language = useLanguage();
  const options = useEnumOptions();
  return useMemo(() => {
    const f = (field: keyof typeof fields) => fields[field];
    const fields = t('curriculum.fields', { returnObjects: true });
    const programOptions: CellOption[] = programs.map((p) => ({
      value: p.id,
      label: `${p.code} ${localName(p, language)}`,
      short: localName(p, language),
    }));
    const groupOptions: CellOption[] = flattenGroups(groups).map((node) => ({
      value: node.group.id,
      label: `${'— '.repeat(node.depth)}${localName(node.group, language)}`,
      short: localName(node.group, language),
    }));
    const columns: GridColumn<Course>[] = [
      {
        id: 'code',
        kind: 'text',
        label: f('code'),
        width: 84,
        stickyLeft: STICKY_CODE,
        value: (c) => c.code,
      },
      {
        id: 'name',
        kind: 'text',
        label: f('name'),
        width: 220,
        stickyLeft: STICKY_NAME,
        value: (c) => c.name,
      },
      { id: 'nameEn', kind: 'text', label: f('nameEn'), width: 180, value: (c) => c.nameEn },
      {
        id: 'nature',
        kind: 'enum',
        label: f('nature'),
        width: 104,
        options: options('nature', COURSE_NATURES),
        value: (c) => c.nature,
      },
      { id: 'isCore', kind: 'bool', label: f('isCore'), width: 52, value: (c) => c.isCore },
      {
        id: 'category',
        kind: 'enum',
        label: f('category'),
        width: 112,
        options: options('category', COURSE_CATEGORIES),
        value: (c) => c.category,
      },
      {
        id: 'publicKind',
        kind: 'enum',
        label: f('publicKind'),
        width: 112,
        nullable: true,
        options: options('publicKind', PUBLIC_COURSE_KINDS),
        value: (c) => c.publicKind,
      },
      {
        id: 'hoursTheory',
        kind: 'number',
        label: f('hoursTheory'),
        width: 68,
        align: 'end',
        value: (c) => c.hoursTheory,
      },
      {
        id: 'hoursPractice',
        kind: 'number',
        label: f('hoursPractice'),
        width: 72,
        align: 'end',
        value: (c) => c.hoursPractice,
      },
      {
        id: 'hoursTotal',
        kind: 'computed',
        label: t('curriculum.columns.hoursTotal'),
        width: 60,
        align: 'end',
        value: (c) => courseHours(c),
      },
      {
        id: 'credits',
        kind: 'number',
        label: f('credits'),
        width: 64,
        align: 'end',
        value: (c) => c.credits,
        tone: (c) => (creditsOffPolicy(c, profile) ? 'warn' : null),
      },
      {
        id: 'hoursPerCredit',
        kind: 'computed',
        label: t('curriculum.columns.hoursPerCredit'),
        title: t('curriculum.columns.hoursPerCreditTitle'),
        width: 72,
        align: 'end',
        value: (c) => hoursPerCredit(c),
        tone: (c) => (creditsOffPolicy(c, profile) ? 'warn' : null),
      },
      { id: 'terms', kind: 'list', label: f('terms'), width: 64, value: (c) => c.terms },
      {
        id: 'blockWeeks',
        kind: 'number',
        label: f('blockWeeks'),
        width: 64,
        align: 'end',
        nullable: true,
        value: (c) => c.blockWeeks,
      },
      {
        id: 'assessment',
        kind: 'enum',
        label: f('assessment'),
        width: 96,
        options: options('assessment', ASSESSMENT_MODES),
        value: (c) => c.assessment,
      },
      {
        id: 'deliveredBy',
        kind: 'enum',
        label: f('deliveredBy'),
        width: 104,
        options: options('deliveredBy', DELIVERERS),
        value: (c) => c.deliveredBy,
      },
      {
        id: 'venue',
        kind: 'enum',
        label: f('venue'),
        width: 88,
        nullable: true,
        options: options('venue', VENUES),
        value: (c) => c.venue,
      },
      {
        id: 'enterpriseMentor',
        kind: 'text',
        label: f('enterpriseMentor'),
        width: 120,
        nullable: true,
        value: (c) => c.enterpriseMentor,
      },
      {
        id: 'integration',
        kind: 'tags',
        label: f('integration'),
        width: 156,
        options: options('integration', INTEGRATION_TAGS),
        value: (c) => c.integration,
      },
      {
        id: 'programIds',
        kind: 'tags',
        label: f('programIds'),
        width: 168,
        options: programOptions,
        value: (c) => c.programIds,
      },
      {
        id: 'groupId',
        kind: 'enum',
        label: f('groupId'),
        width: 180,
        options: groupOptions,
        value: (c) => c.groupId,
      },
    ];
    return columns;
  }, [t, language, options, programs, groups, profile]);
}
