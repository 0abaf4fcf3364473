import { SIDES, TEACHER_ROLES, type Teacher } from '@tandem/domain';
import type { TFunction } from 'i18next';
import type { CellOption, GridColumn } from '../../curriculum';

type Options = (name: 'side' | 'teacherRole', values: readonly string[]) => CellOption[];

/** Options that keep a value no longer offered (a member who left, a course moved out). */
export function withDangling(options: CellOption[], values: readonly string[]): CellOption[] {
  const known = new Set(options.map((o) => o.value));
  const gone = [...new Set(values)].filter((v) => !known.has(v));
  return [...options, ...gone.map((v) => ({ value: v, label: `${v} ⚠`, short: `${v} ⚠` }))];
}

/**
 * The teachers table's columns: who, which side, where from, their role in the plan, the
 * workspace member they are (if any), the program's courses they teach, and 双师型.
 */
export function teacherColumns(
  t: TFunction,
  enumOptions: Options,
  teachers: readonly Teacher[],
  members: CellOption[],
  courses: CellOption[],
): GridColumn<Teacher>[] {
  return [
    {
      id: 'name',
      kind: 'text',
      label: t('curriculum.fields.name'),
      width: 110,
      value: (r) => r.name,
    },
    {
      id: 'side',
      kind: 'enum',
      label: t('curriculum.fields.side'),
      width: 84,
      options: enumOptions('side', SIDES),
      value: (r) => r.side,
    },
    {
      id: 'organisation',
      kind: 'text',
      label: t('curriculum.fields.organisation'),
      width: 160,
      value: (r) => r.organisation,
    },
    {
      id: 'title',
      kind: 'text',
      label: t('plan.fields.teacherTitle'),
      width: 110,
      value: (r) => r.title,
    },
    {
      id: 'role',
      kind: 'enum',
      label: t('curriculum.fields.role'),
      width: 136,
      options: enumOptions('teacherRole', TEACHER_ROLES),
      value: (r) => r.role,
    },
    {
      id: 'userId',
      kind: 'enum',
      label: t('plan.fields.member'),
      width: 96,
      nullable: true,
      options: withDangling(
        members,
        teachers.flatMap((r) => (r.userId ? [r.userId] : [])),
      ),
      value: (r) => r.userId,
    },
    {
      id: 'courseIds',
      kind: 'tags',
      label: t('plan.fields.courseIds'),
      width: 170,
      options: withDangling(
        courses,
        teachers.flatMap((r) => r.courseIds),
      ),
      value: (r) => r.courseIds,
    },
    {
      id: 'dualQualified',
      kind: 'bool',
      label: t('plan.fields.dualQualified'),
      title: t('plan.dualQualifiedHint'),
      width: 72,
      value: (r) => r.dualQualified,
    },
  ];
}
