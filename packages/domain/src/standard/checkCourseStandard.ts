import type { Course } from '../curriculum/courseSchema';
import type { PolicyProfile } from '../policy/PolicyProfile';
import { type RuleResult, round2, type Violation, violations } from '../rules/RuleResult';
import type { CourseStandardSnapshot } from './CourseStandardSnapshot';

/**
 * The course-standard rules: R9 (content hours match the course, theory and practice each), R10
 * (objectives in every dimension), R11 (assessment weights total 100%) and R13 (enterprise
 * delivery names a mentor and a venue). `course` is the curriculum-map course the standard
 * describes; without it R9 and the course-level part of R13 cannot be judged and are skipped.
 */
export function checkCourseStandard(
  standard: CourseStandardSnapshot,
  course: Course | null,
  profile: PolicyProfile,
): RuleResult[] {
  return [
    ...violations(profile, 'R9', null, course ? checkHours(standard, course) : []),
    ...violations(profile, 'R10', null, checkDimensions(standard, profile)),
    ...violations(profile, 'R11', null, checkWeights(standard, profile)),
    ...violations(profile, 'R13', null, checkEnterpriseDelivery(standard, course, profile)),
  ];
}

function checkHours(standard: CourseStandardSnapshot, course: Course): Violation[] {
  const target = { kind: 'standard-section' as const, sectionId: 'content' };
  const theory = standard.units.reduce((sum, u) => sum + u.hoursTheory, 0);
  const practice = standard.units.reduce((sum, u) => sum + u.hoursPractice, 0);
  const found: Violation[] = [];
  if (theory !== course.hoursTheory) {
    found.push({
      key: 'domain.rules.R9.theoryHoursMismatch',
      actual: theory,
      expected: { equals: course.hoursTheory },
      target: { ...target, field: 'hoursTheory' },
      params: { actual: theory, expected: course.hoursTheory, code: course.code },
    });
  }
  if (practice !== course.hoursPractice) {
    found.push({
      key: 'domain.rules.R9.practiceHoursMismatch',
      actual: practice,
      expected: { equals: course.hoursPractice },
      target: { ...target, field: 'hoursPractice' },
      params: { actual: practice, expected: course.hoursPractice, code: course.code },
    });
  }
  return found;
}

function checkDimensions(standard: CourseStandardSnapshot, profile: PolicyProfile): Violation[] {
  const present = new Set(standard.objectives.map((o) => o.dimension));
  return profile.rules.R10.dimensions
    .filter((dimension) => !present.has(dimension))
    .map((dimension) => ({
      key: 'domain.rules.R10.dimensionMissing' as const,
      actual: 0,
      expected: { min: 1 },
      target: { kind: 'standard-section' as const, sectionId: 'objectives' },
      params: { dimension },
    }));
}

function checkWeights(standard: CourseStandardSnapshot, profile: PolicyProfile): Violation[] {
  const total = profile.rules.R11.totalWeight;
  const sum = round2(standard.assessment.reduce((acc, item) => acc + item.weight, 0));
  if (Math.abs(sum - total) < 1e-6) return [];
  return [
    {
      key: 'domain.rules.R11.weightsNotTotal',
      actual: sum,
      expected: { equals: total },
      target: { kind: 'standard-section', sectionId: 'assessment', field: 'weight' },
      params: { actual: sum, expected: total },
    },
  ];
}

/** A unit taught by the enterprise needs a venue; any enterprise teaching needs a named mentor. */
function checkEnterpriseDelivery(
  standard: CourseStandardSnapshot,
  course: Course | null,
  profile: PolicyProfile,
): Violation[] {
  const applies = new Set(profile.rules.R13.appliesTo);
  const enterpriseUnits = standard.units.filter((u) => applies.has(u.deliveredBy));
  const found: Violation[] = enterpriseUnits
    .filter((u) => u.venue === null)
    .map((u) => ({
      key: 'domain.rules.R13.venueMissing' as const,
      target: {
        kind: 'standard-section' as const,
        sectionId: 'content',
        itemId: u.id,
        field: 'venue',
      },
      params: {
        code: course?.code ?? standard.info.courseCode,
        task: u.task,
        deliveredBy: u.deliveredBy,
      },
    }));
  const needsMentor =
    enterpriseUnits.length > 0 || (course !== null && applies.has(course.deliveredBy));
  const mentor = standard.info.enterpriseMentor?.trim() || course?.enterpriseMentor?.trim();
  if (needsMentor && !mentor) {
    found.push({
      key: 'domain.rules.R13.mentorMissing',
      target: { kind: 'standard-section', sectionId: 'course-info', field: 'enterpriseMentor' },
      params: {
        code: course?.code ?? standard.info.courseCode,
        deliveredBy: course?.deliveredBy ?? 'enterprise',
      },
    });
  }
  return found;
}
