import type { RuleResult, TalentPlanSnapshot } from '@tandem/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber, localName, type ShownProblem } from '../curriculum';
import { useLanguage } from '../i18n';
import { type LinkedMap, linkProblems, TemplateSidePanel } from '../standard';
import type { ProgramView } from './model/programView';

interface PlanSidePanelProps {
  plan: TalentPlanSnapshot;
  linked: LinkedMap;
  view: ProgramView | null;
  results: readonly RuleResult[];
  onRule(result: RuleResult): void;
  onJump(key: string): void;
  checkMs: number;
}

function problemsOf({ plan, linked, view, onJump }: PlanSidePanelProps): ShownProblem[] {
  const { mapDocumentId, programId } = plan.info;
  return [
    ...plan.problems.map((p) => ({ path: p.path, message: p.message })),
    ...linkProblems(
      linked,
      'program',
      { id: mapDocumentId },
      { ref: 'program', field: 'programId', id: programId, found: view !== null },
      onJump,
    ),
  ];
}

/** The program the plan is for, as the map has it now; the plan's checks; what could not be read. */
export function PlanSidePanel(props: PlanSidePanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { linked, view } = props;
  const rollups = view?.schedule.rollups;
  return (
    <TemplateSidePanel
      problems={problemsOf(props)}
      results={props.results}
      onRule={props.onRule}
      checkMs={props.checkMs}
      title={t('plan.linkedProgram')}
      testId="linked-program"
      linked={linked}
      emptyText={t('plan.needsProgram')}
      empty={linked.state === 'ready' && !view}
    >
      {view && rollups && (
        <>
          <p className="linked-course__name">
            <span className="matrix__code">{view.program.code}</span>{' '}
            {localName(view.program, language)}
          </p>
          <p className="linked-course__hours">
            {t('plan.programTotals', {
              courses: rollups.courseCount,
              hours: formatNumber(rollups.totalHours),
              credits: formatNumber(rollups.totalCredits),
            })}
          </p>
          <Link to={`/d/${view.mapDocumentId}`} className="linked-course__open">
            {t('curriculum.standard.openMap')}
          </Link>
        </>
      )}
    </TemplateSidePanel>
  );
}
