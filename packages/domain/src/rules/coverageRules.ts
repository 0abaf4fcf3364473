import type { CurriculumMapSnapshot } from '../curriculum/CurriculumMapSnapshot';
import type { PlanRollups } from '../curriculum/computeRollups';
import type { PlanCourse } from '../curriculum/planCourses';
import type { PolicyProfile } from '../policy/PolicyProfile';
import { type RuleResult, type Violation, violations } from './RuleResult';

/**
 * R8 and R12, read on the curriculum map where a plan's specifications are the coded
 * competencies of the positions the program prepares for.
 */
export function checkCoverageRules(
  snapshot: CurriculumMapSnapshot,
  rollups: PlanRollups,
  plan: readonly PlanCourse[],
  profile: PolicyProfile,
): RuleResult[] {
  const programId = rollups.programId;
  const { competencies, positions, certificates } = rollups.coverage;
  const competencyById = new Map(snapshot.competencies.map((c) => [c.id, c]));
  const notReached: Violation[] = competencies.notAtTopIds.map((id) => ({
    key: 'domain.rules.R8.competencyNotReached',
    target: { kind: 'competency', id },
    params: { code: competencyById.get(id)?.code ?? id },
  }));
  const liveCompetencies = new Set(snapshot.competencies.map((c) => c.id));
  const aligned = new Set(
    snapshot.alignments
      .filter((a) => a.kind === 'course-competency' && liveCompetencies.has(a.targetId))
      .map((a) => a.courseId),
  );
  const unalignedCore: Violation[] = plan
    .filter((p) => p.course.isCore && !aligned.has(p.course.id))
    .map((p) => ({
      key: 'domain.rules.R8.coreCourseUnaligned',
      target: { kind: 'course', courseId: p.course.id },
      params: { code: p.course.code },
    }));
  const named = (rows: ReadonlyArray<{ id: string; name: string }>) =>
    new Map(rows.map((r) => [r.id, r.name]));
  const certificateNames = named(snapshot.certificates);
  const positionNames = named(snapshot.positions);
  return [
    ...violations(profile, 'R8', programId, [...notReached, ...unalignedCore]),
    ...violations(profile, 'R12', programId, [
      ...certificates.uncoveredIds.map((id) => ({
        key: 'domain.rules.R12.certificateUncovered' as const,
        target: { kind: 'certificate' as const, id },
        params: { name: certificateNames.get(id) ?? id },
      })),
      ...positions.uncoveredIds.map((id) => ({
        key: 'domain.rules.R12.positionUncovered' as const,
        target: { kind: 'position' as const, id },
        params: { name: positionNames.get(id) ?? id },
      })),
    ]),
  ];
}
