import {
  checkTalentPlan,
  MOE_2019,
  PLAN_NARRATIVE_SECTION_IDS,
  PLAN_SECTIONS,
  type PlanSectionId,
  type RuleResult,
} from '@tandem/domain';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AwarenessContext,
  type StructuredEditorProps,
  useDocSnapshot,
  useJumpRequest,
  useLiveConnection,
} from '../curriculum';
import { SectionConnectGate, SectionToc, useLinkedMap } from '../standard';
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
  // The narrative editors connect the socket once all of them observe the doc (see the gate).
  const gate = useMemo(
    () => new SectionConnectGate(connection.provider, PLAN_NARRATIVE_SECTION_IDS),
    [connection],
  );
  useEffect(() => () => gate.destroy(), [gate]);
  const loaded = useLiveConnection(connection, user, false);
  const [model] = useDocSnapshot(connection.doc, readPlanModel);
  const { plan } = model;
  const writer = usePlanWriter(connection.doc, user.id);
  const linked = useLinkedMap(plan.info.mapDocumentId);
  const map = linked.state === 'ready' ? linked.model : null;
  const profile = map?.policy.profile ?? MOE_2019;
  const view = useMemo(
    () =>
      map && plan.info.mapDocumentId
        ? programView(
            plan.info.mapDocumentId,
            map.snapshot,
            plan.info.programId,
            profile.rules.R16.teachingWeeksPerTerm,
          )
        : null,
    [map, plan.info.mapDocumentId, plan.info.programId, profile],
  );
  const results = useMemo(
    () => checkTalentPlan(plan, map?.snapshot ?? null, profile),
    [plan, map, profile],
  );
  const root = useRef<HTMLDivElement>(null);
  const reveal = useJumpRequest(root);
  const specIds = useMemo(() => new Set(plan.specs.map((s) => s.id)), [plan.specs]);
  const onRule = useCallback((r: RuleResult) => reveal(planJump(r, specIds)), [reveal, specIds]);
  const awarenessData = useMemo(() => ({ userId: user.id, side: user.side }), [user.id, user.side]);

  return (
    <AwarenessContext.Provider value={connection.provider.awareness}>
      <div
        className="std-editor plan-editor"
        ref={root}
        data-testid="talent-plan"
        data-loaded={loaded}
      >
        <div className="std-editor__chrome">{props.header}</div>
        <div className="std-editor__body">
          <SectionToc
            sections={PLAN_SECTIONS}
            title={(id) => t(`plan.sections.${id as PlanSectionId}`)}
            sectionOf={planSectionOf}
            results={results}
            onSection={reveal}
          />
          <main className="std-editor__main" aria-label={t('documentTypes.talent-plan')}>
            <PlanBody
              documentId={props.documentId}
              workspaceId={props.workspaceId}
              doc={connection.doc}
              gate={gate}
              ready={connection.contentLoaded}
              plan={plan}
              linked={linked}
              view={view}
              profile={profile}
              results={results}
              editable={editable}
              writer={writer}
              user={user}
              awarenessData={awarenessData}
            />
          </main>
          <PlanSidePanel
            plan={plan}
            linked={linked}
            view={view}
            results={results}
            onRule={onRule}
            onJump={reveal}
            checkMs={model.readMs}
          />
        </div>
      </div>
    </AwarenessContext.Provider>
  );
}
