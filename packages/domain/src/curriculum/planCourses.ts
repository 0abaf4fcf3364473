import type { CurriculumMapSnapshot } from './CurriculumMapSnapshot';
import type { Course } from './courseSchema';

export interface PlanCourse {
  course: Course;
  hours: number;
  /**
   * The fraction of the course a student of the plan takes: 1, except for electives of a group with
   * an elective quota, which share the quota (4 electives of 32 h under a 64 h quota count 0.5 each).
   */
  share: number;
}

/** The courses of one program's plan (or of the whole group when no program is given). */
export function planCourses(snapshot: CurriculumMapSnapshot, programId?: string): PlanCourse[] {
  const courses = programId
    ? snapshot.courses.filter((c) => c.programIds.includes(programId))
    : snapshot.courses;
  const quota = new Map(snapshot.groups.map((g) => [g.id, g.electiveQuotaHours]));
  const electiveHours = new Map<string, number>();
  for (const c of courses) {
    if (c.nature === 'compulsory') continue;
    electiveHours.set(c.groupId, (electiveHours.get(c.groupId) ?? 0) + courseHours(c));
  }
  return courses.map((course) => {
    const hours = courseHours(course);
    const limit = quota.get(course.groupId);
    const offered = electiveHours.get(course.groupId) ?? 0;
    const share =
      course.nature !== 'compulsory' && limit != null && offered > limit ? limit / offered : 1;
    return { course, hours, share };
  });
}

export function courseHours(course: Pick<Course, 'hoursTheory' | 'hoursPractice'>): number {
  return course.hoursTheory + course.hoursPractice;
}

/** Top level codes of the mapping scale(s) that judge a program's alignments (R8). */
export function topLevelCodes(snapshot: CurriculumMapSnapshot, programId?: string): Set<string> {
  const program = programId ? snapshot.programs.find((p) => p.id === programId) : undefined;
  const scales = program?.scaleId
    ? snapshot.scales.filter((s) => s.id === program.scaleId)
    : snapshot.scales;
  const codes = new Set<string>();
  for (const scale of scales) {
    const top = scale.levels[scale.levels.length - 1];
    if (top) codes.add(top.code);
  }
  if (codes.size === 0) codes.add('M');
  return codes;
}
