import {
  addPlanEntity,
  type DomainResult,
  deletePlanEntity,
  PLAN_ROOTS,
  type PlanCollection,
  type PlanEntityInput,
  setPlanEntityField,
  setPlanInfoField,
  validatePlanField,
} from '@tandem/domain';
import type * as Y from 'yjs';
import {
  type StructuredEditOrigin,
  type StructuredWriter,
  useUndoableWriter,
  writeInfoFields,
} from '../../standard';

/** The structured writes of the plan editor, each through a validated domain helper. */
export interface PlanWriter extends StructuredWriter<PlanCollection> {
  add<C extends PlanCollection>(
    collection: C,
    input: PlanEntityInput<C>,
  ): DomainResult<{ id: string }>;
}

const ROOTS = Object.values(PLAN_ROOTS);

export function usePlanWriter(doc: Y.Doc, userId: string): PlanWriter {
  const build = (origin: StructuredEditOrigin) => {
    const info = (field: string, raw: unknown) => setPlanInfoField(doc, field, raw, origin);
    return {
      validate: validatePlanField,
      info,
      infoFields: (fields: Readonly<Record<string, unknown>>) =>
        writeInfoFields(doc, origin, fields, info),
      field: (collection: PlanCollection, id: string, field: string, raw: unknown) =>
        setPlanEntityField(doc, collection, id, field, raw, origin),
      add: <C extends PlanCollection>(collection: C, input: PlanEntityInput<C>) =>
        addPlanEntity(doc, collection, input, origin),
      remove: (collection: PlanCollection, id: string) =>
        deletePlanEntity(doc, collection, id, origin),
    };
  };
  return useUndoableWriter(doc, userId, 'talent-plan', ROOTS, build);
}
