import {
  checkTalentPlan,
  MOE_2019,
  PLAN_NARRATIVE_SECTION_IDS,
  PLAN_SECTIONS,
  type PlanSectionId,
  type RuleResult,
} from '@tandem/domain';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type StructuredEditorProps, useDocSnapshot } from '../curriculum';
import { SectionToc, TemplateDocumentShell, useLinkedMap, useTemplateDocument } from '../standard';
import { planJump, planSectionOf } from './model/planJumps';
import { programView } from './model/programView';
import { readPlanModel } from './model/readPlanModel';
import { usePlanWriter } from './model/usePlanWriter';
import { PlanBody } from './PlanBody';
import { PlanSidePanel } from './PlanSidePanel';
import './plan.css';

/**
 * A talent cultivation plan (人才培养方案) in the MOE 2019 order. Its own parts (the program
 * chosen, specifications, teachers, narrative sections) live in its Y.Doc; everything about the
 * program's courses is read live from the curriculum map it names, so the schedule, the numbers
 * and R1–R8 follow the map as either side edits it.
 */
export function TalentPlanEditor(props: StructuredEditorProps) {
  const { connection, editable, user } = props;
  const { t } = useTranslation();
  const document = useTemplateDocument(props, PLAN_NARRATIVE_SECTION_IDS);
  const [model] = useDocSnapshot(connection.doc, readPlanModel);
  const { plan } = model;
  const { mapDocumentId, programId } = plan.info;
  const writer = usePlanWriter(connection.doc, user.id);
  const linked = useLinkedMap(mapDocumentId);
  const map = linked.state === 'ready' ? linked.model : null;
  const profile = map?.policy.profile ?? MOE_2019;
  const view = useMemo(() => {
    if (!map || !mapDocumentId) return null;
    const weeks = profile.rules.R16.teachingWeeksPerTerm;
    return programView(mapDocumentId, map.snapshot, programId, weeks);
  }, [map, mapDocumentId, programId, profile]);
  const results = useMemo(
    () => checkTalentPlan(plan, map?.snapshot ?? null, profile),
    [plan, map, profile],
  );
  const { reveal } = document;
  const specIds = useMemo(() => new Set(plan.specs.map((s) => s.id)), [plan.specs]);
  const onRule = useCallback((r: RuleResult) => reveal(planJump(r, specIds)), [reveal, specIds]);

  return (
    <TemplateDocumentShell
      editor={props}
      document={document}
      testId="talent-plan"
      className="plan-editor"
      mainLabel={t('documentTypes.talent-plan')}
      toc={
        <SectionToc
          sections={PLAN_SECTIONS}
          title={(id) => t(`plan.sections.${id as PlanSectionId}`)}
          sectionOf={planSectionOf}
          results={results}
          onSection={reveal}
        />
      }
      side={
        <PlanSidePanel
          plan={plan}
          linked={linked}
          view={view}
          results={results}
          onRule={onRule}
          onJump={reveal}
          checkMs={model.readMs}
        />
      }
    >
      <PlanBody
        workspaceId={props.workspaceId}
        narrative={document.narrative}
        plan={plan}
        linked={linked}
        view={view}
        profile={profile}
        results={results}
        editable={editable}
        writer={writer}
      />
    </TemplateDocumentShell>
  );
}
