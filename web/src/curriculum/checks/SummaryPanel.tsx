import type {
  CurriculumMapSnapshot,
  PlanRollups,
  PolicyProfile,
  RuleId,
  RuleResult,
} from '@tandem/domain';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../grid/cellText';
import { jumpKey } from '../model/jumpTargets';
import { Metric, type Tone } from './Metric';
import { WeeklyLoad } from './WeeklyLoad';

interface SummaryPanelProps {
  snapshot: CurriculumMapSnapshot;
  rollups: PlanRollups;
  profile: PolicyProfile;
  results: readonly RuleResult[];
  /** Plan rules are judged per program; the group total is shown without a verdict. */
  judged: boolean;
  /** The numbers to show (by the rule judging each); all of them when not given. */
  only?: readonly RuleId[];
  /** A word for each number's verdict (pass, warning, error), shown beside it when given. */
  verdict?: (tone: Tone) => string | undefined;
}

const pct = (ratio: number) => `${formatNumber(ratio * 100)}%`;

/** Rollups of the plan in view, each coloured by the rule that judges it. */
export function SummaryPanel(props: SummaryPanelProps) {
  const { snapshot, rollups, profile, results, judged, only, verdict } = props;
  const { t } = useTranslation();
  const r = profile.rules;
  // Plan thresholds hold for each program: beside the group's totals they say so.
  const perPlan = (expected: string) =>
    judged ? expected : t('curriculum.summary.eachProgram', { expected });
  const tone = (ruleId: RuleId, always = false): Tone => {
    if (r[ruleId].severity === 'off' || (!judged && !always)) return 'neutral';
    // Course and structure rules (R5, S1) are not per plan: any result of theirs counts.
    const found = results.find(
      (x) => x.ruleId === ruleId && (always || (x.programId ?? null) === rollups.programId),
    );
    return found ? found.severity : 'ok';
  };
  const perCredit = rollups.perCourse.flatMap((c) =>
    c.block || c.hoursPerCredit === null ? [] : [c.hoursPerCredit],
  );
  const present = new Set(
    snapshot.courses
      .filter((c) => rollups.perCourse.some((p) => p.courseId === c.id))
      .filter((c) => c.category === 'public-foundation' && c.nature === 'compulsory')
      .map((c) => c.publicKind),
  );
  const cov = rollups.coverage;
  const shows = (ruleId: RuleId) => !only || only.includes(ruleId);
  const judge = (ruleId: RuleId, always = false) => {
    const found = tone(ruleId, always);
    return { tone: found, verdict: verdict?.(found) };
  };
  const directions = snapshot.groups.filter((g) => g.kind === 'direction').length;
  return (
    <section className="summary" aria-label={t('curriculum.summary.title')} data-testid="summary">
      {shows('R1') && (
        <Metric
          label={t('curriculum.summary.totalHours')}
          value={formatNumber(rollups.totalHours)}
          expected={perPlan(`≥ ${r.R1.minTotalHours}`)}
          {...judge('R1')}
          jump={jumpKey.metric('R1')}
          testId="metric-total-hours"
        >
          <div className="metric__sub">
            {t('curriculum.summary.split', {
              theory: formatNumber(rollups.theoryHours),
              practice: formatNumber(rollups.practiceHours),
            })}
          </div>
        </Metric>
      )}
      {shows('R2') && (
        <Metric
          label={t('curriculum.summary.practiceRatio')}
          value={pct(rollups.practiceRatio)}
          expected={perPlan(`≥ ${pct(r.R2.minPracticeRatio)}`)}
          {...judge('R2')}
          jump={jumpKey.metric('R2')}
          testId="metric-practice-ratio"
        />
      )}
      {shows('R3') && (
        <Metric
          label={t('curriculum.summary.publicRatio')}
          value={pct(rollups.publicFoundationRatio)}
          expected={perPlan(`≥ ${pct(r.R3.minPublicFoundationRatio)}`)}
          {...judge('R3')}
          jump={jumpKey.metric('R3')}
        />
      )}
      {shows('R4') && (
        <Metric
          label={t('curriculum.summary.electiveRatio')}
          value={pct(rollups.electiveRatio)}
          expected={perPlan(`≥ ${pct(r.R4.minElectiveRatio)}`)}
          {...judge('R4')}
          jump={jumpKey.metric('R4')}
        />
      )}
      {shows('R5') && (
        <Metric
          label={t('curriculum.summary.hoursPerCredit')}
          value={
            perCredit.length
              ? `${formatNumber(Math.min(...perCredit))}–${formatNumber(Math.max(...perCredit))}`
              : '—'
          }
          expected={`${r.R5.minHoursPerCredit}–${r.R5.maxHoursPerCredit} · ${t('curriculum.summary.credits', { credits: formatNumber(rollups.totalCredits) })}`}
          {...judge('R5', true)}
          jump={jumpKey.metric('R5')}
        />
      )}
      {shows('R6') && (
        <Metric
          label={t('curriculum.summary.coreCourses')}
          value={rollups.coreCourseCount}
          expected={perPlan(`${r.R6.minCoreCourses}–${r.R6.maxCoreCourses}`)}
          {...judge('R6')}
          jump={jumpKey.metric('R6')}
        />
      )}
      {shows('R7') && (
        <Metric
          label={t('curriculum.summary.compulsoryPublic')}
          value={`${r.R7.requiredPublicKinds.filter((k) => present.has(k)).length}/${r.R7.requiredPublicKinds.length}`}
          {...judge('R7')}
          jump={jumpKey.metric('R7')}
        >
          <ul className="metric__chips">
            {r.R7.requiredPublicKinds.map((kind) => (
              <li key={kind} className={`chip ${present.has(kind) ? 'chip--ok' : 'chip--missing'}`}>
                {present.has(kind) ? '✓' : '✗'} {t(`curriculum.enums.publicKind.${kind}`)}
              </li>
            ))}
          </ul>
        </Metric>
      )}
      {shows('R16') && (
        <Metric
          label={t('curriculum.summary.weeklyLoad')}
          value={`≤ ${r.R16.maxWeeklyHours}`}
          {...judge('R16')}
          jump={jumpKey.metric('R16')}
        >
          <WeeklyLoad
            load={rollups.weeklyLoad}
            max={r.R16.maxWeeklyHours}
            active={judged && r.R16.severity !== 'off'}
          />
        </Metric>
      )}
      {shows('R12') && (
        <Metric
          label={t('curriculum.summary.coverage')}
          value=""
          {...judge('R12')}
          jump={jumpKey.metric('R12')}
        >
          <dl className="metric__list">
            <dt>{t('curriculum.summary.positions')}</dt>
            <dd>
              {cov.positions.covered}/{cov.positions.total}
            </dd>
            <dt>{t('curriculum.summary.certificates')}</dt>
            <dd>
              {cov.certificates.covered}/{cov.certificates.total}
            </dd>
            <dt>{t('curriculum.summary.competenciesAtTop')}</dt>
            <dd>
              {cov.competencies.reachedAtTop}/{cov.competencies.total}
            </dd>
          </dl>
        </Metric>
      )}
      {shows('S1') && r.S1.directionModules !== null && (
        <Metric
          label={t('curriculum.summary.directionModules')}
          value={directions}
          expected={`= ${r.S1.directionModules}`}
          {...judge('S1', true)}
          jump={jumpKey.metric('S1')}
        />
      )}
    </section>
  );
}
