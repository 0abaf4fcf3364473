import type { Course, CurriculumMapSnapshot } from '@tandem/domain';
import { flattenGroups } from './groupTree';
import { courseLinkCounts } from './matrixModel';

export interface CoverageColumn {
  id: string;
  name: string;
  nameEn: string;
}

export interface CoverageRow {
  kind: 'position' | 'competency' | 'certificate';
  id: string;
  code: string | null;
  name: string;
  nameEn: string;
  /** Courses serving this row, per column (top-level group). */
  counts: number[];
  total: number;
}

export interface CoverageHeatmap {
  columns: CoverageColumn[];
  rows: CoverageRow[];
  /** Courses of the plan linked to nothing at all. */
  idle: Course[];
}

/** Which top-level group (platform, a direction module, expansion) each group sits under. */
function topGroupOf(snapshot: CurriculumMapSnapshot): Map<string, string> {
  const top = new Map<string, string>();
  for (const node of flattenGroups(snapshot.groups)) {
    const parent = node.group.parentId ? top.get(node.group.parentId) : undefined;
    top.set(node.group.id, node.depth === 0 || !parent ? node.group.id : parent);
  }
  return top;
}

/**
 * Positions (with their competencies) and certificates against the top-level course groups: how
 * many courses of each part of the structure serve each of them. Rows with no course are gaps.
 */
export function coverageHeatmap(
  snapshot: CurriculumMapSnapshot,
  plan: readonly Course[],
  programId: string | null,
): CoverageHeatmap {
  const top = topGroupOf(snapshot);
  const columns = snapshot.groups
    .filter((g) => top.get(g.id) === g.id)
    .map((g) => ({ id: g.id, name: g.name, nameEn: g.nameEn }));
  const colIndex = new Map(columns.map((c, i) => [c.id, i]));
  const inPlan = new Map(plan.map((c) => [c.id, c]));
  const servedBy = new Map<string, Set<string>>();
  const serve = (targetId: string, courseId: string) =>
    servedBy.set(targetId, (servedBy.get(targetId) ?? new Set()).add(courseId));
  for (const a of snapshot.alignments) if (inPlan.has(a.courseId)) serve(a.targetId, a.courseId);
  const taskPosition = new Map(snapshot.tasks.map((t) => [t.id, t.positionId]));
  for (const c of snapshot.competencies) {
    const position = taskPosition.get(c.taskId);
    for (const courseId of servedBy.get(c.id) ?? []) if (position) serve(position, courseId);
  }
  const row = (
    kind: CoverageRow['kind'],
    e: { id: string; name: string; nameEn: string },
    code: string | null,
  ): CoverageRow => {
    const counts = columns.map(() => 0);
    const courses = servedBy.get(e.id) ?? new Set<string>();
    for (const courseId of courses) {
      const index = colIndex.get(top.get(inPlan.get(courseId)?.groupId ?? '') ?? '');
      if (index !== undefined) counts[index] = (counts[index] ?? 0) + 1;
    }
    return { kind, id: e.id, code, name: e.name, nameEn: e.nameEn, counts, total: courses.size };
  };
  const forProgram = (ids: readonly string[]) =>
    programId === null || ids.length === 0 || ids.includes(programId);
  const rows: CoverageRow[] = [];
  for (const p of snapshot.positions.filter((p) => forProgram(p.programIds))) {
    rows.push(row('position', p, null));
    const tasks = new Set(snapshot.tasks.filter((t) => t.positionId === p.id).map((t) => t.id));
    for (const c of snapshot.competencies.filter((c) => tasks.has(c.taskId)))
      rows.push(row('competency', c, c.code));
  }
  for (const c of snapshot.certificates.filter((c) => forProgram(c.programIds)))
    rows.push(row('certificate', c, null));
  const links = courseLinkCounts(snapshot);
  return { columns, rows, idle: plan.filter((c) => (links.get(c.id) ?? 0) === 0) };
}

/** 0 (gap) to 4: the tint step of a heat cell; the legend shows the same steps. */
export function heatStep(count: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0) return 0;
  if (count === 1) return 1;
  if (count === 2) return 2;
  if (count <= 4) return 3;
  return 4;
}
