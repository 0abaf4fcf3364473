import {
  type Course,
  checkRules,
  computeRollups,
  type PlanRollups,
  planCourses,
  type RuleResult,
} from '@tandem/domain';
import { useMemo } from 'react';
import type { MapModel } from '../model/readMapModel';

export interface PlanChecks {
  rollups: PlanRollups;
  results: RuleResult[];
  plan: Course[];
  /** Milliseconds for rollups + rule checks (the document read is in `MapModel.readMs`). */
  checkMs: number;
}

/**
 * Rollups and rule results for the whole group (every program's plan checked) or one program.
 * Recomputed whenever the document read changes, i.e. on every change, local or remote.
 */
export function computePlanChecks(model: MapModel, programId: string | null): PlanChecks {
  const started = performance.now();
  const { snapshot, policy } = model;
  const profile = policy.profile;
  const scope = programId ?? undefined;
  const rollups = computeRollups(snapshot, scope, profile.rules.R16.teachingWeeksPerTerm);
  const results = checkRules(snapshot, profile, scope);
  const plan = planCourses(snapshot, scope).map((p) => p.course);
  return { rollups, results, plan, checkMs: performance.now() - started };
}

export function usePlanChecks(model: MapModel, programId: string | null): PlanChecks {
  return useMemo(() => computePlanChecks(model, programId), [model, programId]);
}
