import { MOE_2019 } from '../policy/PolicyProfile';
import type { CurriculumMapSnapshot } from './CurriculumMapSnapshot';
import { TERM_MAX, TERM_MIN, type TermKey } from './fields';
import { type PlanCourse, planCourses, topLevelCodes } from './planCourses';

export interface Coverage {
  total: number;
  covered: number;
  uncoveredIds: string[];
}

export interface PlanRollups {
  programId: string | null;
  courseCount: number;
  totalHours: number;
  theoryHours: number;
  practiceHours: number;
  practiceRatio: number;
  publicFoundationHours: number;
  publicFoundationRatio: number;
  electiveHours: number;
  electiveRatio: number;
  totalCredits: number;
  coreCourseCount: number;
  perCourse: Array<{
    courseId: string;
    hours: number;
    credits: number;
    hoursPerCredit: number | null;
    share: number;
    block: boolean;
  }>;
  /** Average weekly hours per term 1–6; block (concentrated) practice is not weekly and is left out. */
  weeklyLoad: Array<{ term: number; hours: number }>;
  coverage: {
    positions: Coverage;
    certificates: Coverage;
    competencies: Coverage & { reachedAtTop: number; notAtTopIds: string[] };
  };
}

/** Hours, credits, ratios, weekly load and coverage of one program's plan (or of the whole group). */
export function computeRollups(
  snapshot: CurriculumMapSnapshot,
  programId?: string,
  teachingWeeksPerTerm = MOE_2019.rules.R16.teachingWeeksPerTerm,
): PlanRollups {
  const plan = planCourses(snapshot, programId);
  const sum = (pick: (p: PlanCourse) => number) =>
    plan.reduce((acc, p) => acc + pick(p) * p.share, 0);
  const totalHours = sum((p) => p.hours);
  const practiceHours = sum((p) => p.course.hoursPractice);
  const publicFoundationHours = sum((p) =>
    p.course.category === 'public-foundation' ? p.hours : 0,
  );
  const electiveHours = sum((p) => (p.course.nature === 'compulsory' ? 0 : p.hours));
  const ratio = (part: number) => (totalHours > 0 ? part / totalHours : 0);
  return {
    programId: programId ?? null,
    courseCount: plan.length,
    totalHours,
    theoryHours: sum((p) => p.course.hoursTheory),
    practiceHours,
    practiceRatio: ratio(practiceHours),
    publicFoundationHours,
    publicFoundationRatio: ratio(publicFoundationHours),
    electiveHours,
    electiveRatio: ratio(electiveHours),
    totalCredits: sum((p) => p.course.credits),
    coreCourseCount: plan.filter((p) => p.course.isCore).length,
    perCourse: plan.map(({ course, hours, share }) => ({
      courseId: course.id,
      hours,
      credits: course.credits,
      hoursPerCredit: course.credits > 0 ? hours / course.credits : null,
      share,
      block: course.blockWeeks !== null,
    })),
    weeklyLoad: weeklyLoad(plan, teachingWeeksPerTerm),
    coverage: coverage(snapshot, plan, programId),
  };
}

function weeklyLoad(plan: PlanCourse[], weeks: number): PlanRollups['weeklyLoad'] {
  const load: PlanRollups['weeklyLoad'] = [];
  for (let term = TERM_MIN; term <= TERM_MAX; term += 1) load.push({ term, hours: 0 });
  for (const { course, hours, share } of plan) {
    if (course.blockWeeks !== null || course.terms.length === 0) continue;
    for (const term of course.terms) {
      const given = course.weeklyHours[String(term) as TermKey];
      const perWeek = given ?? hours / (course.terms.length * weeks);
      const slot = load[term - TERM_MIN];
      if (slot) slot.hours += perWeek * share;
    }
  }
  return load;
}

function coverage(snapshot: CurriculumMapSnapshot, plan: PlanCourse[], programId?: string) {
  const inPlan = new Set(plan.map((p) => p.course.id));
  const forProgram = (ids: readonly string[]) =>
    !programId || ids.length === 0 || ids.includes(programId);
  const links = snapshot.alignments.filter((a) => inPlan.has(a.courseId));
  const linked = (kind: string) =>
    new Set(links.filter((a) => a.kind === kind).map((a) => a.targetId));
  const top = topLevelCodes(snapshot, programId);
  const atTop = new Set(
    links.filter((a) => a.kind === 'course-competency' && top.has(a.level)).map((a) => a.targetId),
  );
  const positions = snapshot.positions.filter((p) => forProgram(p.programIds));
  const positionIds = new Set(positions.map((p) => p.id));
  const taskPosition = new Map(snapshot.tasks.map((t) => [t.id, t.positionId]));
  const competencies = snapshot.competencies.filter((c) =>
    positionIds.has(taskPosition.get(c.taskId) ?? ''),
  );
  const competencyLinks = linked('course-competency');
  const viaCompetency = new Set(
    competencies.filter((c) => competencyLinks.has(c.id)).map((c) => taskPosition.get(c.taskId)),
  );
  const positionLinks = linked('position-course');
  const certificateLinks = linked('course-certificate');
  return {
    positions: cover(positions, (p) => positionLinks.has(p.id) || viaCompetency.has(p.id)),
    certificates: cover(
      snapshot.certificates.filter((c) => forProgram(c.programIds)),
      (c) => certificateLinks.has(c.id),
    ),
    competencies: {
      ...cover(competencies, (c) => competencyLinks.has(c.id)),
      reachedAtTop: competencies.filter((c) => atTop.has(c.id)).length,
      notAtTopIds: competencies.filter((c) => !atTop.has(c.id)).map((c) => c.id),
    },
  };
}

function cover<T extends { id: string }>(
  rows: readonly T[],
  isCovered: (row: T) => boolean,
): Coverage {
  const uncoveredIds = rows.filter((r) => !isCovered(r)).map((r) => r.id);
  return { total: rows.length, covered: rows.length - uncoveredIds.length, uncoveredIds };
}
