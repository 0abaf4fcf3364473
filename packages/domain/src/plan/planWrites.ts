import * as Y from 'yjs';
import type { z } from 'zod';
import { ID_PATTERN } from '../curriculum/fields';
import { message } from '../messages/DomainMessage';
import type { FieldResult } from '../ydoc/coerceInput';
import { type DomainResult, refuse } from '../ydoc/DomainResult';
import type { EntitySpec } from '../ydoc/EntitySpec';
import { encodeFields } from '../ydoc/entityCodec';
import { addRow, deleteRow, setRowField } from '../ydoc/rowWrites';
import { validateWithSchema } from '../ydoc/validateField';
import {
  PLAN_INFO_SPEC,
  PLAN_ROOTS,
  PLAN_SPECS,
  type PlanCollection,
  type PlanEntity,
} from './layout';
import { PlanInfo } from './schemas';

export type PlanEntityInput<C extends PlanCollection> = Omit<
  z.input<(typeof PLAN_SPECS)[C]['schema']>,
  'id' | 'order'
> & { id?: string; order?: number };

const ID_PREFIX: Record<PlanCollection, string> = { specs: 'spec', teachers: 'tch' };
const COURSE_LINK = 'courses.';

/** Checks one cell of a plan row (or of `info`) before it is written. */
export function validatePlanField(
  collection: PlanCollection | 'info',
  field: string,
  raw: unknown,
): FieldResult {
  if (collection === 'info') return validateWithSchema(PlanInfo.shape, field, raw);
  const { id: _id, ...shape } = PLAN_SPECS[collection].schema.shape as Record<string, z.ZodType>;
  return validateWithSchema(shape, field, raw);
}

export function setPlanInfoField(
  doc: Y.Doc,
  field: string,
  raw: unknown,
  origin?: unknown,
): DomainResult<unknown> {
  const checked = validatePlanField('info', field, raw);
  if (!checked.ok) return checked;
  const info = doc.getMap<unknown>(PLAN_ROOTS.info);
  doc.transact(() => encodeFields(PLAN_INFO_SPEC, info, { [field]: checked.value }), origin);
  return checked;
}

export function addPlanEntity<C extends PlanCollection>(
  doc: Y.Doc,
  collection: C,
  input: PlanEntityInput<C>,
  origin?: unknown,
): DomainResult<PlanEntity<C>> {
  const spec: EntitySpec = PLAN_SPECS[collection];
  return addRow(doc, spec, input, ID_PREFIX[collection], { origin }) as DomainResult<PlanEntity<C>>;
}

/** Writes one cell; `courses.<courseId>` addresses one specification→course link (null removes it). */
export function setPlanEntityField(
  doc: Y.Doc,
  collection: PlanCollection,
  id: string,
  field: string,
  raw: unknown,
  origin?: unknown,
): DomainResult<unknown> {
  if (collection === 'specs' && field.startsWith(COURSE_LINK)) {
    return setSpecCourseLink(doc, id, field.slice(COURSE_LINK.length), raw, origin);
  }
  return setRowField(doc, PLAN_SPECS[collection] as EntitySpec, id, field, raw, { origin });
}

export function deletePlanEntity(
  doc: Y.Doc,
  collection: PlanCollection,
  id: string,
  origin?: unknown,
): DomainResult<string> {
  return deleteRow(doc, PLAN_SPECS[collection], id, origin);
}

function setSpecCourseLink(
  doc: Y.Doc,
  specId: string,
  courseId: string,
  raw: unknown,
  origin?: unknown,
): DomainResult<unknown> {
  const row = doc.getMap<unknown>(PLAN_ROOTS.specs).get(specId);
  if (!(row instanceof Y.Map)) return refuse(message('domain.validation.notFound', { id: specId }));
  if (!ID_PATTERN.test(courseId)) {
    return refuse(message('domain.validation.invalidId', { field: 'courses' }));
  }
  const key = `${COURSE_LINK}${courseId}`;
  if (raw === null || raw === '') {
    if (row.has(key)) doc.transact(() => row.delete(key), origin);
    return { ok: true, value: null };
  }
  const level = typeof raw === 'string' ? raw.trim() : '';
  if (level === '' || level.length > 8)
    return refuse(message('domain.validation.invalid', { field: 'courses' }));
  if (row.get(key) !== level) doc.transact(() => row.set(key, level), origin);
  return { ok: true, value: level };
}
