import type { CurriculumMapSnapshot } from '../curriculum/CurriculumMapSnapshot';
import { computeRollups } from '../curriculum/computeRollups';
import { planCourses, topLevelCodes } from '../curriculum/planCourses';
import type { PolicyProfile } from '../policy/PolicyProfile';
import { checkEnterpriseDelivery, checkHoursPerCredit } from '../rules/courseRules';
import { checkPlanRules } from '../rules/planRules';
import { type RuleResult, type Violation, violations } from '../rules/RuleResult';
import type { TalentPlanSnapshot } from './readTalentPlan';

/**
 * The rules of a talent cultivation plan, on the program's courses as the map holds them right
 * now: R1–R7 and R16 (hours, ratios, core and public courses, weekly load), R5 and R13 on its
 * courses, and R8 against the plan's own specifications (not the map's competencies). A plan
 * that names no map or program yet has nothing to check.
 */
export function checkTalentPlan(
  plan: TalentPlanSnapshot,
  map: CurriculumMapSnapshot | null,
  profile: PolicyProfile,
): RuleResult[] {
  const programId = plan.info.programId;
  if (!map || !programId || !map.programs.some((p) => p.id === programId)) return [];
  const courses = planCourses(map, programId);
  const rollups = computeRollups(map, programId, profile.rules.R16.teachingWeeksPerTerm);
  const list = courses.map((p) => p.course);
  return [
    ...checkPlanRules(rollups, courses, profile),
    ...checkHoursPerCredit(list, profile, programId),
    ...checkEnterpriseDelivery(list, profile, programId),
    ...violations(profile, 'R8', programId, specificationCoverage(plan, map, programId)),
  ];
}

/**
 * R8 on the plan: every specification is reached at the top level of the program's scale by at
 * least one of the program's courses, and every core course supports at least one specification.
 */
export function specificationCoverage(
  plan: TalentPlanSnapshot,
  map: CurriculumMapSnapshot,
  programId: string,
): Violation[] {
  const inPlan = new Map(planCourses(map, programId).map((p) => [p.course.id, p.course]));
  const top = topLevelCodes(map, programId);
  const found: Violation[] = [];
  const supported = new Set<string>();
  for (const spec of plan.specs) {
    let reached = false;
    for (const [courseId, level] of Object.entries(spec.courses)) {
      if (!inPlan.has(courseId)) continue;
      supported.add(courseId);
      if (top.has(level)) reached = true;
    }
    if (!reached) {
      found.push({
        key: 'domain.rules.R8.specificationNotReached',
        target: { kind: 'plan-section', sectionId: 'objectives', itemId: spec.id },
        params: { code: spec.code },
      });
    }
  }
  if (plan.specs.length === 0) return found;
  for (const course of inPlan.values()) {
    if (!course.isCore || supported.has(course.id)) continue;
    found.push({
      key: 'domain.rules.R8.coreCourseNoSpecification',
      target: { kind: 'plan-section', sectionId: 'objectives', itemId: course.id },
      params: { code: course.code },
    });
  }
  return found;
}
