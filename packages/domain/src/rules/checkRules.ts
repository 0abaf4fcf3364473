import type { CurriculumMapSnapshot } from '../curriculum/CurriculumMapSnapshot';
import { computeRollups } from '../curriculum/computeRollups';
import type { Course } from '../curriculum/courseSchema';
import { planCourses } from '../curriculum/planCourses';
import type { PolicyProfile } from '../policy/PolicyProfile';
import { checkEnterpriseDelivery, checkHoursPerCredit } from './courseRules';
import { checkCoverageRules } from './coverageRules';
import { checkPlanRules } from './planRules';
import type { RuleResult } from './RuleResult';
import { violations } from './RuleResult';

/**
 * Every curriculum-map rule (R1–R8, R12, R13, R16 and the structure rule S1) for one program, or
 * for each program of the map when none is given. Plan rules report per program; course rules
 * (R5, R13) report each course once even when programs share it.
 */
export function checkRules(
  snapshot: CurriculumMapSnapshot,
  profile: PolicyProfile,
  programId?: string,
): RuleResult[] {
  const programIds: Array<string | undefined> = programId
    ? [programId]
    : snapshot.programs.length > 0
      ? snapshot.programs.map((p) => p.id)
      : [undefined];
  const results: RuleResult[] = [];
  const courses = new Map<string, Course>();
  for (const id of programIds) {
    const plan = planCourses(snapshot, id);
    const rollups = computeRollups(snapshot, id, profile.rules.R16.teachingWeeksPerTerm);
    results.push(...checkPlanRules(rollups, plan, profile));
    results.push(...checkCoverageRules(snapshot, rollups, plan, profile));
    for (const p of plan) courses.set(p.course.id, p.course);
  }
  const courseScope = programId ?? null;
  results.push(...checkHoursPerCredit([...courses.values()], profile, courseScope));
  results.push(...checkEnterpriseDelivery([...courses.values()], profile, courseScope));
  results.push(...checkStructure(snapshot, profile));
  return results;
}

/** S1: the number of direction modules is configuration ("1 platform + 6 modules"), not code. */
function checkStructure(snapshot: CurriculumMapSnapshot, profile: PolicyProfile): RuleResult[] {
  const expected = profile.rules.S1.directionModules;
  if (expected === null) return [];
  const actual = snapshot.groups.filter((g) => g.kind === 'direction').length;
  if (actual === expected) return [];
  return violations(profile, 'S1', null, [
    {
      key: 'domain.rules.S1.directionModuleCount',
      actual,
      expected: { equals: expected },
      target: { kind: 'plan' },
      params: { actual, expected },
    },
  ]);
}
