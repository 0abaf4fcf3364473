import type { PlanSectionId, PolicyProfile, RuleResult, TalentPlanSnapshot } from '@tandem/domain';
import { useTranslation } from 'react-i18next';
import { InfoField, type LinkedMap, type TemplateDocument } from '../standard';
import type { ProgramView } from './model/programView';
import type { PlanWriter } from './model/usePlanWriter';
import { CareerSection } from './sections/CareerSection';
import { CurriculumSection } from './sections/CurriculumSection';
import { GraduationSection } from './sections/GraduationSection';
import { PlanSection } from './sections/PlanSection';
import { PracticeSection } from './sections/PracticeSection';
import { ProgramSection } from './sections/ProgramSection';
import { ScheduleSection } from './sections/ScheduleSection';
import { SpecsSection } from './sections/SpecsSection';
import { TeachersSection } from './sections/TeachersSection';

interface PlanBodyProps {
  workspaceId: string | null;
  narrative: TemplateDocument['narrative'];
  plan: TalentPlanSnapshot;
  linked: LinkedMap;
  view: ProgramView | null;
  profile: PolicyProfile;
  results: readonly RuleResult[];
  editable: boolean;
  writer: PlanWriter;
}

/**
 * The fourteen sections of the plan, in order. Every narrative editor is mounted from the start,
 * even before a program is chosen: the socket connects only once all of them observe the doc.
 */
export function PlanBody(props: PlanBodyProps) {
  const { t } = useTranslation();
  const { plan, view, editable, writer } = props;
  const { info } = plan;
  const narrative = (sectionId: PlanSectionId) =>
    props.narrative(
      sectionId,
      t(`plan.sections.${sectionId}`),
      t(`plan.placeholders.${sectionId}`),
    );
  const narrativeOnly = (id: PlanSectionId) => <PlanSection id={id}>{narrative(id)}</PlanSection>;
  const field = (
    section: PlanSectionId,
    name: string,
    value: string | number | null,
    wide = false,
  ) => (
    <InfoField
      field={name}
      section={section}
      label={t(`plan.fields.${name as 'entryRequirements'}`)}
      value={value === null ? null : String(value)}
      editable={editable}
      writer={writer}
      wide={wide}
    />
  );
  return (
    <div className="std-paper plan-paper">
      <ProgramSection
        info={info}
        linked={props.linked}
        view={view}
        workspaceId={props.workspaceId}
        editable={editable}
        writer={writer}
      />
      <PlanSection id="entry">
        <div className="info-grid">
          {field('entry', 'entryRequirements', info.entryRequirements, true)}
        </div>
      </PlanSection>
      <PlanSection id="duration">
        <div className="info-grid">
          {field('duration', 'lengthYears', info.lengthYears)}
          {field('duration', 'maxLengthYears', info.maxLengthYears)}
        </div>
      </PlanSection>
      <CareerSection view={view} narrative={narrative('career')} />
      <SpecsSection
        specs={plan.specs}
        view={view}
        editable={editable}
        writer={writer}
        narrative={narrative('objectives')}
      />
      <CurriculumSection view={view} narrative={narrative('curriculum')} />
      <ScheduleSection view={view} profile={props.profile} results={props.results} />
      <PracticeSection view={view} narrative={narrative('practice')} />
      <TeachersSection
        teachers={plan.teachers}
        view={view}
        workspaceId={props.workspaceId}
        editable={editable}
        writer={writer}
        narrative={narrative('teachers')}
      />
      {narrativeOnly('conditions')}
      {narrativeOnly('assessment')}
      {narrativeOnly('guarantees')}
      <GraduationSection
        minCredits={info.minCredits}
        view={view}
        editable={editable}
        writer={writer}
        narrative={narrative('graduation')}
      />
      {narrativeOnly('appendix')}
    </div>
  );
}
