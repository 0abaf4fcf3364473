import type { CourseStandardSnapshot } from '../standard/CourseStandardSnapshot';
import type { CurriculumMapSnapshot } from './CurriculumMapSnapshot';
import type { AlignmentKind } from './schemas';

export interface UsageRef {
  id: string;
  name: string;
  nameEn: string;
  /** The alignment level, for links from the 岗课赛证 matrix. */
  level?: string;
}

export interface WhereUsed {
  courseId: string;
  programs: UsageRef[];
  group: UsageRef | null;
  positions: UsageRef[];
  competencies: UsageRef[];
  certificates: UsageRef[];
  competitions: UsageRef[];
  /** Standards (by document id) that describe this course or name it as a prerequisite. */
  standards: Array<{ documentId: string; relation: 'describes' | 'prerequisite' }>;
  /** Everything above counted, so the UI can say "used in 9 places" before a delete. */
  total: number;
}

export interface StandardRef {
  documentId: string;
  standard: Pick<CourseStandardSnapshot, 'info'>;
}

/** "See where it is used before deleting": the impact view of one course. */
export function whereUsed(
  snapshot: CurriculumMapSnapshot,
  courseId: string,
  standards: readonly StandardRef[] = [],
): WhereUsed {
  const course = snapshot.courses.find((c) => c.id === courseId);
  const ref = (e: { id: string; name: string; nameEn: string }): UsageRef => ({
    id: e.id,
    name: e.name,
    nameEn: e.nameEn,
  });
  const linked = (
    kind: AlignmentKind,
    rows: ReadonlyArray<{ id: string; name: string; nameEn: string }>,
  ) => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    return snapshot.alignments
      .filter((a) => a.courseId === courseId && a.kind === kind)
      .flatMap((a) => {
        const row = byId.get(a.targetId);
        return row ? [{ ...ref(row), level: a.level }] : [];
      });
  };
  const programIds = new Set(course?.programIds ?? []);
  const group = snapshot.groups.find((g) => g.id === course?.groupId);
  const result: WhereUsed = {
    courseId,
    programs: snapshot.programs.filter((p) => programIds.has(p.id)).map(ref),
    group: group ? ref(group) : null,
    positions: linked('position-course', snapshot.positions),
    competencies: linked('course-competency', snapshot.competencies),
    certificates: linked('course-certificate', snapshot.certificates),
    competitions: linked('course-competition', snapshot.competitions),
    standards: standards.flatMap(({ documentId, standard }): WhereUsed['standards'] => {
      if (standard.info.courseId === courseId) return [{ documentId, relation: 'describes' }];
      if (standard.info.prerequisiteIds.includes(courseId)) {
        return [{ documentId, relation: 'prerequisite' }];
      }
      return [];
    }),
    total: 0,
  };
  result.total =
    result.programs.length +
    result.positions.length +
    result.competencies.length +
    result.certificates.length +
    result.competitions.length +
    result.standards.length;
  return result;
}
