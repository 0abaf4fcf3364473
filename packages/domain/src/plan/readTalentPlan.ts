import type * as Y from 'yjs';
import { readDocMeta } from '../docLayout';
import { message } from '../messages/DomainMessage';
import type { Problem } from '../ydoc/Problem';
import { readCollection, readFields } from '../ydoc/readCollection';
import { PLAN_INFO_SPEC, PLAN_SPECS, TALENT_PLAN_VERSION } from './layout';
import type { PlanInfo, Specification, Teacher } from './schemas';

/** The plan's own structured parts as plain, validated objects (the map supplies the rest). */
export interface TalentPlanSnapshot {
  schemaVersion: number | undefined;
  info: PlanInfo;
  specs: Specification[];
  teachers: Teacher[];
  problems: Problem[];
}

/** Reads a talent-plan Y.Doc; never throws on content, lists what it could not read. */
export function readTalentPlan(doc: Y.Doc): TalentPlanSnapshot {
  const problems: Problem[] = [];
  const { schemaVersion } = readDocMeta(doc);
  if (schemaVersion !== undefined && schemaVersion > TALENT_PLAN_VERSION) {
    problems.push({
      path: ['meta', 'schemaVersion'],
      message: message('domain.problems.newerSchema', {
        found: schemaVersion,
        known: TALENT_PLAN_VERSION,
      }),
    });
  }
  return {
    schemaVersion,
    info: readFields(doc, PLAN_INFO_SPEC, problems),
    specs: readCollection(doc, PLAN_SPECS.specs, problems),
    teachers: readCollection(doc, PLAN_SPECS.teachers, problems),
    problems,
  };
}
