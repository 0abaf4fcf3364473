import type { CurriculumMapSnapshot } from '../curriculum/CurriculumMapSnapshot';
import { computeRollups, type PlanRollups } from '../curriculum/computeRollups';
import type { Course } from '../curriculum/courseSchema';
import { TERM_MAX, TERM_MIN, type TermKey } from '../curriculum/fields';
import { planCourses } from '../curriculum/planCourses';
import type { CourseGroup } from '../curriculum/schemas';
import { MOE_2019 } from '../policy/PolicyProfile';

/** One row of the term-by-term teaching schedule (教学进程表). */
export interface ScheduleRow {
  course: Course;
  /** Hours per week in terms 1–6 (index 0 = term 1); null where the course does not run. */
  weekly: Array<number | null>;
  /** True when the weekly figure was derived from total hours (the map left the cell blank). */
  derived: boolean[];
  /** The fraction a student takes (elective quotas), as in the plan's totals. */
  share: number;
}

/** The rows of one course group, in the map's order, with its subtotal. */
export interface ScheduleBlock {
  group: CourseGroup | null;
  rows: ScheduleRow[];
  subtotal: { credits: number; hoursTheory: number; hoursPractice: number; hours: number };
}

export interface PlanSchedule {
  programId: string;
  blocks: ScheduleBlock[];
  rollups: PlanRollups;
  /** Hours and credits totals counted as the plan counts them (elective shares applied). */
  totals: { credits: number; hoursTheory: number; hoursPractice: number; hours: number };
}

/**
 * The plan's term-by-term schedule, computed live from the curriculum map: every course of the
 * program grouped by course group (in the map's tree order), weekly hours per term as the map
 * gives them or as R16 derives them, and the same rollups the map's rule panel shows.
 */
export function planSchedule(
  map: CurriculumMapSnapshot,
  programId: string,
  teachingWeeksPerTerm = MOE_2019.rules.R16.teachingWeeksPerTerm,
): PlanSchedule {
  const plan = planCourses(map, programId);
  const byGroup = new Map<string, ScheduleRow[]>();
  for (const { course, hours, share } of plan) {
    const row = scheduleRow(course, hours, share, teachingWeeksPerTerm);
    const rows = byGroup.get(course.groupId) ?? [];
    rows.push(row);
    byGroup.set(course.groupId, rows);
  }
  const blocks: ScheduleBlock[] = [];
  for (const group of groupsInTreeOrder(map.groups)) {
    const rows = byGroup.get(group.id);
    if (!rows) continue;
    blocks.push({ group, rows, subtotal: subtotal(rows) });
    byGroup.delete(group.id);
  }
  // Courses whose group is gone still belong to the plan; they are listed, never dropped.
  const orphans = [...byGroup.values()].flat();
  if (orphans.length > 0) blocks.push({ group: null, rows: orphans, subtotal: subtotal(orphans) });
  const rows = blocks.flatMap((b) => b.rows);
  return {
    programId,
    blocks,
    rollups: computeRollups(map, programId, teachingWeeksPerTerm),
    totals: subtotal(rows),
  };
}

function scheduleRow(course: Course, hours: number, share: number, weeks: number): ScheduleRow {
  const weekly: Array<number | null> = [];
  const derived: boolean[] = [];
  for (let term = TERM_MIN; term <= TERM_MAX; term += 1) {
    const runs = course.terms.includes(term) && course.blockWeeks === null;
    const given = course.weeklyHours[String(term) as TermKey];
    const value = !runs ? null : (given ?? round1(hours / (course.terms.length * weeks)));
    weekly.push(value);
    derived.push(runs && given === undefined);
  }
  return { course, weekly, derived, share };
}

function subtotal(rows: readonly ScheduleRow[]): ScheduleBlock['subtotal'] {
  let credits = 0;
  let hoursTheory = 0;
  let hoursPractice = 0;
  for (const { course, share } of rows) {
    credits += course.credits * share;
    hoursTheory += course.hoursTheory * share;
    hoursPractice += course.hoursPractice * share;
  }
  return {
    credits: round1(credits),
    hoursTheory: round1(hoursTheory),
    hoursPractice: round1(hoursPractice),
    hours: round1(hoursTheory + hoursPractice),
  };
}

/** Depth-first over the group tree, siblings by (order, id): the order the map shows. */
export function groupsInTreeOrder(groups: readonly CourseGroup[]): CourseGroup[] {
  const ids = new Set(groups.map((g) => g.id));
  const children = new Map<string | null, CourseGroup[]>();
  for (const g of groups) {
    const parent = g.parentId && ids.has(g.parentId) ? g.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(g);
    children.set(parent, list);
  }
  const out: CourseGroup[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null) => {
    const list = (children.get(parent) ?? []).sort(
      (a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    for (const g of list) {
      if (seen.has(g.id)) continue;
      seen.add(g.id);
      out.push(g);
      visit(g.id);
    }
  };
  visit(null);
  return out;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
