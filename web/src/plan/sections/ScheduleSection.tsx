import type { PolicyProfile, RuleId, RuleResult } from '@tandem/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SummaryPanel } from '../../curriculum';
import type { ProgramView } from '../model/programView';
import { FromMap } from './FromMap';
import { PlanSection } from './PlanSection';
import { ScheduleTable } from './ScheduleTable';

interface ScheduleSectionProps {
  view: ProgramView | null;
  profile: PolicyProfile;
  results: readonly RuleResult[];
}

/** The numbers the schedule is judged by, in the order the MOE guidance lists them. */
const PLAN_NUMBERS: readonly RuleId[] = ['R1', 'R2', 'R3', 'R4', 'R5', 'R16'];

/**
 * Section 7: the teaching schedule computed from the map, and beside it the plan's numbers
 * (total hours, practice, public foundation and elective shares, hours per credit, weekly load)
 * each with its rule's verdict: the same rollups and rules the map and the server compute.
 */
export function ScheduleSection({ view, profile, results }: ScheduleSectionProps) {
  const { t } = useTranslation();
  const flagged = useMemo(
    () => new Set(results.flatMap((r) => (r.target.kind === 'course' ? [r.target.courseId] : []))),
    [results],
  );
  return (
    <PlanSection id="schedule">
      <FromMap view={view}>
        {(v) => (
          <div className="plan-schedule-layout">
            <ScheduleTable schedule={v.schedule} flagged={flagged} />
            <div className="plan-numbers" data-testid="plan-numbers">
              <h3 className="std-subhead__title">{t('plan.numbers')}</h3>
              <SummaryPanel
                snapshot={v.map}
                rollups={v.schedule.rollups}
                profile={profile}
                results={results}
                judged
                only={PLAN_NUMBERS}
                verdict={(tone) =>
                  tone === 'ok' || tone === 'warning' || tone === 'error'
                    ? t(`plan.verdict.${tone}`)
                    : undefined
                }
              />
            </div>
          </div>
        )}
      </FromMap>
    </PlanSection>
  );
}
