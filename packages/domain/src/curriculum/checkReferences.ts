import { message } from '../messages/DomainMessage';
import type { Problem } from '../ydoc/Problem';
import type { CurriculumMapSnapshot } from './CurriculumMapSnapshot';
import { MAP_ROOTS } from './layout';

/**
 * Reports references to things that are gone. Concurrent edits make these unavoidable (one person
 * deletes a competency while another links a course to it), so they are shown, never thrown.
 */
export function checkReferences(snapshot: CurriculumMapSnapshot): void {
  const ids = idSets(snapshot);
  const dangling = (path: string[], ref: string, id: string) =>
    snapshot.problems.push({
      path,
      message: message('domain.problems.danglingReference', { ref, id }),
    });
  for (const course of snapshot.courses) {
    if (!ids.groups.has(course.groupId))
      dangling([MAP_ROOTS.courses, course.id, 'groupId'], 'group', course.groupId);
    for (const p of course.programIds) {
      if (!ids.programs.has(p))
        dangling([MAP_ROOTS.courses, course.id, 'programIds'], 'program', p);
    }
  }
  for (const group of snapshot.groups) {
    if (group.parentId && !ids.groups.has(group.parentId)) {
      dangling([MAP_ROOTS.groups, group.id, 'parentId'], 'group', group.parentId);
    }
  }
  for (const task of snapshot.tasks) {
    if (!ids.positions.has(task.positionId))
      dangling([MAP_ROOTS.tasks, task.id, 'positionId'], 'position', task.positionId);
  }
  for (const c of snapshot.competencies) {
    if (!ids.tasks.has(c.taskId))
      dangling([MAP_ROOTS.competencies, c.id, 'taskId'], 'task', c.taskId);
  }
  for (const a of snapshot.alignments) {
    const key = `${a.courseId}|${a.targetId}`;
    if (!ids.courses.has(a.courseId)) dangling([MAP_ROOTS.alignments, key], 'course', a.courseId);
    if (!targetSet(ids, a.kind).has(a.targetId)) {
      dangling([MAP_ROOTS.alignments, key], targetRef(a.kind), a.targetId);
    }
  }
  reportCycles(snapshot.problems, snapshot.groups);
  reportUnknownLevels(snapshot);
}

type IdSets = ReturnType<typeof idSets>;

function idSets(s: CurriculumMapSnapshot) {
  const of = (rows: ReadonlyArray<{ id: string }>) => new Set(rows.map((r) => r.id));
  return {
    programs: of(s.programs),
    groups: of(s.groups),
    courses: of(s.courses),
    positions: of(s.positions),
    tasks: of(s.tasks),
    competencies: of(s.competencies),
    certificates: of(s.certificates),
    competitions: of(s.competitions),
  };
}

function targetSet(ids: IdSets, kind: string): Set<string> {
  if (kind === 'course-competency') return ids.competencies;
  if (kind === 'course-certificate') return ids.certificates;
  if (kind === 'course-competition') return ids.competitions;
  return ids.positions;
}

function targetRef(kind: string): string {
  return kind === 'position-course' ? 'position' : kind.slice('course-'.length);
}

/** Two people re-parenting groups at once can create a loop; views must not recurse forever. */
function reportCycles(
  problems: Problem[],
  groups: ReadonlyArray<{ id: string; parentId: string | null }>,
): void {
  const parent = new Map(groups.map((g) => [g.id, g.parentId]));
  for (const g of groups) {
    const seen = new Set<string>([g.id]);
    let next = g.parentId;
    while (next && parent.has(next)) {
      if (seen.has(next)) {
        problems.push({
          path: [MAP_ROOTS.groups, g.id, 'parentId'],
          message: message('domain.validation.cycle', { id: g.id }),
        });
        break;
      }
      seen.add(next);
      next = parent.get(next) ?? null;
    }
  }
}

/** A level no scale of the map knows (typed by an old client, or left after a scale changed). */
function reportUnknownLevels(snapshot: CurriculumMapSnapshot): void {
  if (snapshot.scales.length === 0) return;
  const known = new Set(snapshot.scales.flatMap((s) => s.levels.map((l) => l.code)));
  for (const a of snapshot.alignments) {
    if (known.has(a.level)) continue;
    snapshot.problems.push({
      path: [MAP_ROOTS.alignments, `${a.courseId}|${a.targetId}`],
      message: message('domain.validation.levelNotInScale', {
        level: a.level,
        allowed: [...known].join(', '),
      }),
    });
  }
}
