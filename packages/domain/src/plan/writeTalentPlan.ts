import type * as Y from 'yjs';
import { z } from 'zod';
import { type DomainResult, parseEntity } from '../ydoc/DomainResult';
import { createRow, encodeFields } from '../ydoc/entityCodec';
import { PLAN_INFO_SPEC, PLAN_ROOTS, PLAN_SPECS } from './layout';
import { PlanInfo, Specification, Teacher } from './schemas';

/** A whole plan's own parts as data: what a seed, an import or a template provides. */
export const TalentPlanData = z.object({
  info: PlanInfo,
  specs: z.array(Specification).default([]),
  teachers: z.array(Teacher).default([]),
});
export type TalentPlanData = z.infer<typeof TalentPlanData>;
export type TalentPlanDataInput = z.input<typeof TalentPlanData>;

/** Validates a whole plan, then writes it in one transaction; rows with the same id are replaced. */
export function writeTalentPlan(
  doc: Y.Doc,
  data: TalentPlanDataInput,
  origin?: unknown,
): DomainResult<TalentPlanData> {
  const parsed = parseEntity(TalentPlanData, data);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  doc.transact(() => {
    encodeFields(PLAN_INFO_SPEC, doc.getMap<unknown>(PLAN_ROOTS.info), value.info);
    for (const [spec, rows] of [
      [PLAN_SPECS.specs, value.specs],
      [PLAN_SPECS.teachers, value.teachers],
    ] as const) {
      const map = doc.getMap<unknown>(spec.root);
      rows.forEach((row, index) => {
        const { id, ...fields } = row as Record<string, unknown> & { id: string };
        createRow(spec, map, id, { ...fields, order: index + 1 });
      });
    }
  }, origin);
  return parsed;
}
