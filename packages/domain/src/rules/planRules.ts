import type { PlanRollups } from '../curriculum/computeRollups';
import type { PlanCourse } from '../curriculum/planCourses';
import type { PolicyProfile } from '../policy/PolicyProfile';
import { percent, type RuleResult, round2, type Violation, violations } from './RuleResult';

/** R1–R4, R6, R7 and R16: the plan-level numbers of one program. */
export function checkPlanRules(
  rollups: PlanRollups,
  plan: readonly PlanCourse[],
  profile: PolicyProfile,
): RuleResult[] {
  const programId = rollups.programId;
  const target = programId ? { kind: 'plan' as const, programId } : { kind: 'plan' as const };
  const r = profile.rules;
  const minRatio = (
    ruleId: 'R2' | 'R3' | 'R4',
    key: Violation['key'],
    actual: number,
    min: number,
  ) =>
    violations(
      profile,
      ruleId,
      programId,
      actual + 1e-9 < min
        ? [
            {
              key,
              actual,
              expected: { min },
              target,
              params: { actual: percent(actual), min: percent(min) },
            },
          ]
        : [],
    );
  return [
    ...violations(
      profile,
      'R1',
      programId,
      rollups.totalHours < r.R1.minTotalHours
        ? [
            {
              key: 'domain.rules.R1.totalHoursLow',
              actual: round2(rollups.totalHours),
              expected: { min: r.R1.minTotalHours },
              target,
              params: { actual: round2(rollups.totalHours), min: r.R1.minTotalHours },
            },
          ]
        : [],
    ),
    ...minRatio(
      'R2',
      'domain.rules.R2.practiceRatioLow',
      rollups.practiceRatio,
      r.R2.minPracticeRatio,
    ),
    ...minRatio(
      'R3',
      'domain.rules.R3.publicFoundationRatioLow',
      rollups.publicFoundationRatio,
      r.R3.minPublicFoundationRatio,
    ),
    ...minRatio(
      'R4',
      'domain.rules.R4.electiveRatioLow',
      rollups.electiveRatio,
      r.R4.minElectiveRatio,
    ),
    ...violations(profile, 'R6', programId, coreCount(rollups.coreCourseCount, profile, target)),
    ...violations(profile, 'R7', programId, missingPublicCourses(plan, profile, target)),
    ...violations(
      profile,
      'R16',
      programId,
      rollups.weeklyLoad.flatMap((slot) => {
        const actual = round2(slot.hours);
        if (actual <= r.R16.maxWeeklyHours) return [];
        return [
          {
            key: 'domain.rules.R16.weeklyLoadHigh' as const,
            actual,
            expected: { max: r.R16.maxWeeklyHours },
            target,
            params: { term: slot.term, actual, max: r.R16.maxWeeklyHours },
          },
        ];
      }),
    ),
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
