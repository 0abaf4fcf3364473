import * as Y from 'yjs';
import type { CurriculumMapSnapshot } from '../curriculum/CurriculumMapSnapshot';
import { Course, type CourseInput } from '../curriculum/courseSchema';
import { readCurriculumMap } from '../curriculum/readCurriculumMap';
import { MOE_2019, type PolicyProfile } from '../policy/PolicyProfile';
import { resolvePolicyProfile } from '../policy/resolvePolicyProfile';
import type { RuleResult } from '../rules/RuleResult';
import { DEMO_POLICY_OVERRIDE, seedDemoCurriculumMap } from '../seed/seedDemoCurriculumMap';

/** Test-only helpers: the demo group as realistic data, and two-peer sync. */
let demoUpdate: Uint8Array | null = null;

export function demoDoc(): Y.Doc {
  if (!demoUpdate) {
    const seeded = new Y.Doc();
    seedDemoCurriculumMap(seeded);
    demoUpdate = Y.encodeStateAsUpdate(seeded);
  }
  const doc = new Y.Doc();
  Y.applyUpdate(doc, demoUpdate);
  return doc;
}

export function demoSnapshot(): CurriculumMapSnapshot {
  return readCurriculumMap(demoDoc());
}

export function demoProfile(): PolicyProfile {
  const resolved = resolvePolicyProfile(MOE_2019, DEMO_POLICY_OVERRIDE);
  if (!resolved.ok) throw new Error('demo profile does not resolve');
  return resolved.profile;
}

export function makeCourse(input: Partial<CourseInput> & { id: string }): Course {
  return Course.parse({
    code: input.id.toUpperCase(),
    name: input.id,
    nature: 'compulsory',
    category: 'professional',
    hoursTheory: 16,
    hoursPractice: 16,
    credits: 2,
    terms: [1],
    assessment: 'assessed',
    deliveredBy: 'school',
    venue: 'campus',
    groupId: 'g',
    programIds: ['p'],
    ...input,
  });
}

/** A copy of the snapshot with some courses changed (patch returns null to drop a course). */
export function patchCourses(
  snapshot: CurriculumMapSnapshot,
  patch: (course: Course) => Course | null,
): CurriculumMapSnapshot {
  return {
    ...snapshot,
    courses: snapshot.courses.flatMap((c) => {
      const next = patch(c);
      return next ? [next] : [];
    }),
  };
}

export function byRule(results: readonly RuleResult[], ruleId: string): RuleResult[] {
  return results.filter((r) => r.ruleId === ruleId);
}

/** Brings two peers to the same state by exchanging their missing updates both ways. */
export function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

/** A second peer that starts from the first one's state. */
export function peerOf(doc: Y.Doc): Y.Doc {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  return peer;
}
