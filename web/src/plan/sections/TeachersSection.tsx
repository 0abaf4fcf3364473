import type { Teacher } from '@tandem/domain';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type CellOption, formatNumber, localName, useEnumOptions } from '../../curriculum';
import { useLanguage } from '../../i18n';
import { StandardTable } from '../../standard';
import { useWorkspaceDetail } from '../../workspace';
import type { ProgramView } from '../model/programView';
import type { PlanWriter } from '../model/usePlanWriter';
import { PlanSection } from './PlanSection';
import { teacherColumns } from './teacherColumns';

interface TeachersSectionProps {
  teachers: readonly Teacher[];
  view: ProgramView | null;
  workspaceId: string | null;
  editable: boolean;
  writer: PlanWriter;
  narrative: ReactNode;
}

/** The workspace's members, as options for "which member is this teacher". */
function useMemberOptions(workspaceId: string | null): CellOption[] {
  const [entry] = useWorkspaceDetail(workspaceId ?? '');
  const { t } = useTranslation();
  return useMemo(
    () =>
      entry.status === 'ready'
        ? entry.detail.members.map((m) => ({
            value: m.user.id,
            label: `${m.user.name} · ${t(`sides.${m.user.organisation.side}`)}`,
            short: m.user.name,
          }))
        : [],
    [entry, t],
  );
}

/**
 * Section 9: the dual teacher team, both sides, co-edited cell by cell; its make-up (how many from
 * each side, the share of 双师型 teachers) counted as it changes; then the plan's words.
 */
export function TeachersSection(props: TeachersSectionProps) {
  const { teachers, view, editable, writer } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const enumOptions = useEnumOptions();
  const members = useMemberOptions(props.workspaceId);
  const courses = useMemo<CellOption[]>(
    () =>
      (view?.schedule.blocks ?? []).flatMap((b) =>
        b.rows.map(({ course: c }) => ({
          value: c.id,
          label: `${c.code} ${localName(c, language)}`,
          short: c.code,
        })),
      ),
    [view, language],
  );
  const columns = useMemo(
    () => teacherColumns(t, enumOptions, teachers, members, courses),
    [t, enumOptions, teachers, members, courses],
  );
  const school = teachers.filter((r) => r.side === 'school').length;
  const dual = teachers.filter((r) => r.dualQualified).length;
  const add = () =>
    writer.add('teachers', {
      name: t('curriculum.structure.newName'),
      side: 'school',
      role: 'core-teacher',
    });
  return (
    <PlanSection
      id="teachers"
      status={
        <span data-testid="teacher-counts">
          {t('plan.teacherCounts', {
            school,
            enterprise: teachers.length - school,
            dual,
            share: teachers.length ? formatNumber((dual / teachers.length) * 100) : '0',
          })}
        </span>
      }
      actions={
        editable && (
          <button type="button" className="link-button" onClick={add}>
            {t('plan.addTeacher')}
          </button>
        )
      }
    >
      <StandardTable
        label={t('plan.sections.teachers')}
        sectionId="teachers"
        collection="teachers"
        sections={[{ id: 'teachers', rows: teachers }]}
        columns={columns}
        editable={editable}
        writer={writer}
        emptyText={t('plan.noTeachers')}
        testId="teachers-grid"
      />
      {props.narrative}
    </PlanSection>
  );
}
