import {
  type Alignment,
  type Course,
  type CurriculumMapSnapshot,
  DEFAULT_SCALE,
  type MappingScale,
} from '@tandem/domain';
import type { MatrixKind } from './jumpTargets';

export interface MatrixColumn {
  id: string;
  /** Short header text (a competency code, or a shortened name). */
  code: string;
  name: string;
  nameEn: string;
  /** The position a competency belongs to, for the two-level header. */
  band: { id: string; name: string; nameEn: string } | null;
}

const inScope = (programIds: readonly string[], programId: string | null) =>
  programId === null || programIds.length === 0 || programIds.includes(programId);

/** The targets of one kind of alignment that matter for the plan in scope. */
export function matrixColumns(
  snapshot: CurriculumMapSnapshot,
  kind: MatrixKind,
  programId: string | null,
): MatrixColumn[] {
  const plain = (
    rows: ReadonlyArray<{ id: string; name: string; nameEn: string; programIds: string[] }>,
  ) =>
    rows
      .filter((r) => inScope(r.programIds, programId))
      .map((r) => ({ id: r.id, code: r.name, name: r.name, nameEn: r.nameEn, band: null }));
  if (kind === 'certificates') return plain(snapshot.certificates);
  if (kind === 'competitions') return plain(snapshot.competitions);
  if (kind === 'positions') return plain(snapshot.positions);
  const positions = new Map(
    snapshot.positions.filter((p) => inScope(p.programIds, programId)).map((p) => [p.id, p]),
  );
  const taskPosition = new Map(snapshot.tasks.map((t) => [t.id, t.positionId]));
  const order = [...positions.keys()];
  return snapshot.competencies
    .flatMap((c) => {
      const position = positions.get(taskPosition.get(c.taskId) ?? '');
      if (!position) return [];
      const band = { id: position.id, name: position.name, nameEn: position.nameEn };
      return [{ id: c.id, code: c.code, name: c.name, nameEn: c.nameEn, band }];
    })
    .sort((a, b) => order.indexOf(a.band.id) - order.indexOf(b.band.id));
}

/** Alignment levels by `${courseId}|${targetId}`. */
export function levelIndex(alignments: readonly Alignment[]): Map<string, string> {
  return new Map(alignments.map((a) => [`${a.courseId}|${a.targetId}`, a.level]));
}

/** The mapping scale a plan's levels are read on: the program's, else the map's first, else I/R/M. */
export function scaleFor(snapshot: CurriculumMapSnapshot, programId: string | null): MappingScale {
  const program = snapshot.programs.find((p) => p.id === programId);
  const scaleId = program?.scaleId ?? snapshot.programs[0]?.scaleId ?? null;
  return snapshot.scales.find((s) => s.id === scaleId) ?? snapshot.scales[0] ?? DEFAULT_SCALE;
}

/** 1–3: how strong a level is on its scale (weakest to strongest), for the cell's tint. */
export function levelStrength(level: string, scale: MappingScale): 1 | 2 | 3 {
  const index = scale.levels.findIndex((l) => l.code === level);
  if (index < 0) return 1;
  const share = (index + 1) / scale.levels.length;
  return share > 0.67 ? 3 : share > 0.34 ? 2 : 1;
}

/** How many of `courses` each column is linked to; 0 marks a gap. */
export function columnCounts(
  columns: readonly MatrixColumn[],
  courses: readonly Course[],
  levels: ReadonlyMap<string, string>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const column of columns) {
    let n = 0;
    for (const course of courses) if (levels.has(`${course.id}|${column.id}`)) n += 1;
    counts.set(column.id, n);
  }
  return counts;
}

/** Per course, how many live targets of any kind it is linked to (0 = it serves nothing). */
export function courseLinkCounts(snapshot: CurriculumMapSnapshot): Map<string, number> {
  const live = new Set(
    [
      snapshot.competencies,
      snapshot.certificates,
      snapshot.competitions,
      snapshot.positions,
    ].flatMap((rows) => rows.map((r) => r.id)),
  );
  const counts = new Map<string, number>();
  for (const a of snapshot.alignments) {
    if (live.has(a.targetId)) counts.set(a.courseId, (counts.get(a.courseId) ?? 0) + 1);
  }
  return counts;
}
