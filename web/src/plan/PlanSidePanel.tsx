import type { RuleResult, TalentPlanSnapshot } from '@tandem/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  formatNumber,
  jumpKey,
  localName,
  ProblemsPanel,
  RulePanel,
  type ShownProblem,
} from '../curriculum';
import { useLanguage } from '../i18n';
import type { LinkedMap } from '../standard';
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
  const shown: ShownProblem[] = plan.problems.map((p) => ({ path: p.path, message: p.message }));
  const { mapDocumentId, programId } = plan.info;
  if (linked.state === 'unavailable' && mapDocumentId) {
    shown.push({
      path: ['info', 'mapDocumentId'],
      message: {
        key: 'domain.problems.danglingReference',
        params: { ref: 'map', id: mapDocumentId },
      },
      onJump: () => onJump(jumpKey.standardField('program', 'mapDocumentId')),
    });
  }
  if (linked.state === 'ready' && programId && !view) {
    shown.push({
      path: ['info', 'programId'],
      message: {
        key: 'domain.problems.danglingReference',
        params: { ref: 'program', id: programId },
      },
      onJump: () => onJump(jumpKey.standardField('program', 'programId')),
    });
  }
  return shown;
}

/** The program the plan is for, as the map has it now; the plan's checks; what could not be read. */
export function PlanSidePanel(props: PlanSidePanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { linked, view } = props;
  const rollups = view?.schedule.rollups;
  return (
    <aside className="std-side" aria-label={t('curriculum.side.label')}>
      <ProblemsPanel problems={problemsOf(props)} />
      <section
        className="linked-course"
        aria-label={t('plan.linkedProgram')}
        data-testid="linked-program"
      >
        <h2 className="map-side__title">{t('plan.linkedProgram')}</h2>
        {linked.state === 'loading' && (
          <p className="linked-course__empty">{t('curriculum.standard.mapLoading')}</p>
        )}
        {linked.state === 'unavailable' && (
          <p className="linked-course__empty">{t('curriculum.standard.mapUnavailable')}</p>
        )}
        {(linked.state === 'none' || (linked.state === 'ready' && !view)) && (
          <p className="linked-course__empty">{t('plan.needsProgram')}</p>
        )}
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
      </section>
      <RulePanel results={props.results} onJump={props.onRule} checkMs={props.checkMs} />
    </aside>
  );
}
