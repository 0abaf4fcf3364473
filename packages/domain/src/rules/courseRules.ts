import type { Course } from '../curriculum/courseSchema';
import { courseHours } from '../curriculum/planCourses';
import type { PolicyProfile } from '../policy/PolicyProfile';
import { type RuleResult, round2, type Violation, violations } from './RuleResult';

/**
 * R5: weekly courses are credited at 16–18 hours per credit; concentrated practice by the week.
 * A course with hours but no credits is flagged too (it would divide by zero in the ratio).
 */
export function checkHoursPerCredit(
  courses: readonly Course[],
  profile: PolicyProfile,
  programId: string | null,
): RuleResult[] {
  const { minHoursPerCredit: min, maxHoursPerCredit: max, creditsPerBlockWeek } = profile.rules.R5;
  const found: Violation[] = [];
  for (const course of courses) {
    const hours = courseHours(course);
    const target = { kind: 'course' as const, courseId: course.id, field: 'credits' };
    if (course.blockWeeks !== null) {
      const expected = course.blockWeeks * creditsPerBlockWeek;
      if (course.credits !== expected) {
        found.push({
          key: 'domain.rules.R5.blockCreditsMismatch',
          actual: course.credits,
          expected: { equals: expected },
          target,
          params: { code: course.code, actual: course.credits, expected, weeks: course.blockWeeks },
        });
      }
      continue;
    }
    if (hours === 0 && course.credits === 0) continue;
    const ratio = course.credits > 0 ? round2(hours / course.credits) : null;
    if (ratio !== null && ratio >= min && ratio <= max) continue;
    found.push({
      key: 'domain.rules.R5.hoursPerCreditOutOfRange',
      actual: ratio,
      expected: { min, max },
      target,
      params: { code: course.code, actual: ratio ?? '—', min, max, hours, credits: course.credits },
    });
  }
  return violations(profile, 'R5', programId, found);
}

/** R13: a course the enterprise delivers names its enterprise mentor and where it is taught. */
export function checkEnterpriseDelivery(
  courses: readonly Course[],
  profile: PolicyProfile,
  programId: string | null,
): RuleResult[] {
  const applies = new Set(profile.rules.R13.appliesTo);
  const found: Violation[] = [];
  for (const course of courses) {
    if (!applies.has(course.deliveredBy)) continue;
    const params = { code: course.code, deliveredBy: course.deliveredBy };
    if (!course.enterpriseMentor?.trim()) {
      found.push({
        key: 'domain.rules.R13.mentorMissing',
        target: { kind: 'course', courseId: course.id, field: 'enterpriseMentor' },
        params,
      });
    }
    if (course.venue === null) {
      found.push({
        key: 'domain.rules.R13.venueMissing',
        target: { kind: 'course', courseId: course.id, field: 'venue' },
        params,
      });
    }
  }
  return violations(profile, 'R13', programId, found);
}
