import type { PlanRollups } from '../curriculum/computeRollups';
import type { PlanCourse } from '../curriculum/planCourses';
import type { PolicyProfile, RuleId } from '../policy/PolicyProfile';
import { percent, type RuleResult, round2, type Violation, violations } from './RuleResult';

/** R1–R4, R6, R7 and R16: the plan-level numbers of one program. */
export function checkPlanRules(
  rollups: PlanRollups,
  plan: readonly PlanCourse[],
  profile: PolicyProfile,
): RuleResult[] {
  const programId = rollups.programId;
  const target: Violation['target'] = programId ? { kind: 'plan', programId } : { kind: 'plan' };
  const r = profile.rules;
  const report = (ruleId: RuleId, found: Violation[]) =>
    violations(profile, ruleId, programId, found);
  const hours = round2(rollups.totalHours);
  return [
    ...report('R1', atLeast(hours, r.R1.minTotalHours, 'domain.rules.R1.totalHoursLow', target)),
    ...report(
      'R2',
      ratioAtLeast(
        rollups.practiceRatio,
        r.R2.minPracticeRatio,
        'domain.rules.R2.practiceRatioLow',
        target,
      ),
    ),
    ...report(
      'R3',
      ratioAtLeast(
        rollups.publicFoundationRatio,
        r.R3.minPublicFoundationRatio,
        'domain.rules.R3.publicFoundationRatioLow',
        target,
      ),
    ),
    ...report(
      'R4',
      ratioAtLeast(
        rollups.electiveRatio,
        r.R4.minElectiveRatio,
        'domain.rules.R4.electiveRatioLow',
        target,
      ),
    ),
    ...report('R6', coreCount(rollups.coreCourseCount, profile, target)),
    ...report('R7', missingPublicCourses(plan, profile, target)),
    ...report('R16', weeklyOverload(rollups, profile, target)),
  ];
}

function atLeast(
  actual: number,
  min: number,
  key: Violation['key'],
  target: Violation['target'],
): Violation[] {
  if (actual >= min) return [];
  return [{ key, actual, expected: { min }, target, params: { actual, min } }];
}

/** Ratios are stored 0–1 and shown as percentages; the epsilon absorbs float noise at the bound. */
function ratioAtLeast(
  actual: number,
  min: number,
  key: Violation['key'],
  target: Violation['target'],
): Violation[] {
  if (actual + 1e-9 >= min) return [];
  return [
    {
      key,
      actual,
      expected: { min },
      target,
      params: { actual: percent(actual), min: percent(min) },
    },
  ];
}

function coreCount(
  count: number,
  profile: PolicyProfile,
  target: Violation['target'],
): Violation[] {
  const { minCoreCourses: min, maxCoreCourses: max } = profile.rules.R6;
  if (count >= min && count <= max) return [];
  return [
    {
      key: 'domain.rules.R6.coreCourseCount',
      actual: count,
      expected: { min, max },
      target,
      params: { actual: count, min, max },
    },
  ];
}

/** R7 looks for the kind of course, not its name: schools title their politics courses differently. */
function missingPublicCourses(
  plan: readonly PlanCourse[],
  profile: PolicyProfile,
  target: Violation['target'],
): Violation[] {
  const present = new Set(
    plan
      .map((p) => p.course)
      .filter((c) => c.category === 'public-foundation' && c.nature === 'compulsory')
      .map((c) => c.publicKind),
  );
  return profile.rules.R7.requiredPublicKinds
    .filter((kind) => !present.has(kind))
    .map((kind) => ({
      key: 'domain.rules.R7.publicCourseMissing' as const,
      target,
      params: { kind },
    }));
}

function weeklyOverload(
  rollups: PlanRollups,
  profile: PolicyProfile,
  target: Violation['target'],
): Violation[] {
  const max = profile.rules.R16.maxWeeklyHours;
  return rollups.weeklyLoad.flatMap(({ term, hours }) => {
    const actual = round2(hours);
    if (actual <= max) return [];
    return [
      {
        key: 'domain.rules.R16.weeklyLoadHigh' as const,
        actual,
        expected: { max },
        target,
        params: { term, actual, max },
      },
    ];
  });
}
