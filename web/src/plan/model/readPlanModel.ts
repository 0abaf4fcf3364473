import { readTalentPlan, type TalentPlanSnapshot } from '@tandem/domain';
import type * as Y from 'yjs';
import { shareRows, shareValue } from '../../curriculum';

export interface PlanModel {
  plan: TalentPlanSnapshot;
  readMs: number;
}

/** Reads the plan's own parts, sharing unchanged rows with the last read. */
export function readPlanModel(doc: Y.Doc, previous: PlanModel | null): PlanModel {
  const started = performance.now();
  const next = readTalentPlan(doc);
  const readMs = performance.now() - started;
  if (!previous) return { plan: next, readMs };
  const before = previous.plan;
  return {
    plan: {
      ...next,
      info: shareValue(before.info, next.info),
      specs: shareRows(before.specs, next.specs),
      teachers: shareRows(before.teachers, next.teachers),
      problems: shareValue(before.problems, next.problems),
    },
    readMs,
  };
}
