import {
  type CurriculumMapSnapshot,
  checkCourseStandard,
  checkRules,
  checkTalentPlan,
  computeRollups,
  type DocumentType,
  type PlanRollups,
  type Problem,
  type RuleResult,
  readCourseStandard,
  readCurriculumMap,
  readDocPolicy,
  readTalentPlan,
} from '@tandem/domain';
import type * as Y from 'yjs';

export interface DocumentReport {
  documentId: string;
  type: DocumentType;
  profileId: string;
  results: RuleResult[];
  /** Per program id (and `group` for the whole map), for curriculum maps. */
  rollups: Record<string, PlanRollups>;
  problems: Problem[];
}

/** Opens another document's current state, if the caller may see it; null otherwise. */
export type DocOpener = <T>(id: string, read: (doc: Y.Doc) => T) => Promise<T | null>;

/**
 * The rule report of a document, computed by the same domain functions the web app runs live,
 * so the server's answer and every client's agree.
 */
export async function documentReport(
  documentId: string,
  type: DocumentType,
  doc: Y.Doc,
  open: DocOpener,
): Promise<DocumentReport> {
  const base = { documentId, type, rollups: {} };
  if (type === 'curriculum-map') {
    const snapshot = readCurriculumMap(doc);
    const policy = readDocPolicy(doc);
    const weeks = policy.profile.rules.R16.teachingWeeksPerTerm;
    const rollups: Record<string, PlanRollups> = {
      group: computeRollups(snapshot, undefined, weeks),
    };
    for (const p of snapshot.programs) rollups[p.id] = computeRollups(snapshot, p.id, weeks);
    return {
      ...base,
      profileId: policy.profile.id,
      results: checkRules(snapshot, policy.profile),
      rollups,
      problems: [...snapshot.problems, ...policy.problems.map(policyProblem)],
    };
  }
  if (type === 'course-standard') {
    const standard = readCourseStandard(doc);
    const { mapDocumentId, courseId } = standard.info;
    const linked = mapDocumentId ? await openMap(open, mapDocumentId) : null;
    const course = linked && courseId ? findCourse(linked.snapshot, courseId) : null;
    const profile = linked?.policy.profile ?? readDocPolicy(doc).profile;
    return {
      ...base,
      profileId: profile.id,
      results: checkCourseStandard(standard, course, profile),
      problems: standard.problems,
    };
  }
  if (type === 'talent-plan') {
    const plan = readTalentPlan(doc);
    const { mapDocumentId, programId } = plan.info;
    const linked = mapDocumentId ? await openMap(open, mapDocumentId) : null;
    const profile = linked?.policy.profile ?? readDocPolicy(doc).profile;
    const weeks = profile.rules.R16.teachingWeeksPerTerm;
    const known = linked && programId && linked.snapshot.programs.some((p) => p.id === programId);
    return {
      ...base,
      profileId: profile.id,
      results: checkTalentPlan(plan, linked?.snapshot ?? null, profile),
      rollups:
        known && linked ? { [programId]: computeRollups(linked.snapshot, programId, weeks) } : {},
      problems: plan.problems,
    };
  }
  return { ...base, profileId: readDocPolicy(doc).profile.id, results: [], problems: [] };
}

/** A linked curriculum map and its policy, read as the map's own report reads them. */
function openMap(open: DocOpener, id: string) {
  return open(id, (map) => ({ snapshot: readCurriculumMap(map), policy: readDocPolicy(map) }));
}

function findCourse(snapshot: CurriculumMapSnapshot, courseId: string) {
  return snapshot.courses.find((c) => c.id === courseId) ?? null;
}

function policyProblem(p: { path: string; message: Problem['message'] }): Problem {
  return { path: ['policy', ...p.path.split('.')], message: p.message };
}
