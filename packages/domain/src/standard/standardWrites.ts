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
  INFO_SPEC,
  STANDARD_ROOTS,
  STANDARD_SPECS,
  type StandardCollection,
  type StandardEntity,
} from './layout';
import { StandardInfo } from './schemas';
import { type StandardSectionId, sectionRootName } from './sections';

export type StandardEntityInput<C extends StandardCollection> = Omit<
  z.input<(typeof STANDARD_SPECS)[C]['schema']>,
  'id' | 'order'
> & { id?: string; order?: number };

const ID_PREFIX: Record<StandardCollection, string> = {
  authors: 'au',
  objectives: 'obj',
  units: 'unit',
  assessment: 'asm',
  resources: 'res',
};

/** Checks one cell of a standard row (or of `info`) before it is written. */
export function validateStandardField(
  collection: StandardCollection | 'info',
  field: string,
  raw: unknown,
): FieldResult {
  if (collection === 'info') return validateWithSchema(StandardInfo.shape, field, raw);
  const { id: _id, ...shape } = STANDARD_SPECS[collection].schema.shape as Record<
    string,
    z.ZodType
  >;
  return validateWithSchema(shape, field, raw);
}

export function setStandardInfoField(
  doc: Y.Doc,
  field: string,
  raw: unknown,
  origin?: unknown,
): DomainResult<unknown> {
  const checked = validateStandardField('info', field, raw);
  if (!checked.ok) return checked;
  const info = doc.getMap<unknown>(STANDARD_ROOTS.info);
  doc.transact(() => encodeFields(INFO_SPEC, info, { [field]: checked.value }), origin);
  return checked;
}

export function addStandardEntity<C extends StandardCollection>(
  doc: Y.Doc,
  collection: C,
  input: StandardEntityInput<C>,
  origin?: unknown,
): DomainResult<StandardEntity<C>> {
  const spec: EntitySpec = STANDARD_SPECS[collection];
  return addRow(doc, spec, input, ID_PREFIX[collection], { origin }) as DomainResult<
    StandardEntity<C>
  >;
}

/** Writes one cell; `competencies.<id>` addresses one objective→competency link (null removes it). */
export function setStandardEntityField(
  doc: Y.Doc,
  collection: StandardCollection,
  id: string,
  field: string,
  raw: unknown,
  origin?: unknown,
): DomainResult<unknown> {
  const spec: EntitySpec = STANDARD_SPECS[collection];
  if (collection === 'objectives' && field.startsWith('competencies.')) {
    return setObjectiveLink(doc, id, field.slice('competencies.'.length), raw, origin);
  }
  return setRowField(doc, spec, id, field, raw, { origin });
}

export function deleteStandardEntity(
  doc: Y.Doc,
  collection: StandardCollection,
  id: string,
  origin?: unknown,
): DomainResult<string> {
  return deleteRow(doc, STANDARD_SPECS[collection], id, origin);
}

function setObjectiveLink(
  doc: Y.Doc,
  objectiveId: string,
  competencyId: string,
  raw: unknown,
  origin?: unknown,
): DomainResult<unknown> {
  const row = doc.getMap<unknown>(STANDARD_ROOTS.objectives).get(objectiveId);
  if (!(row instanceof Y.Map))
    return refuse(message('domain.validation.notFound', { id: objectiveId }));
  if (!ID_PATTERN.test(competencyId)) {
    return refuse(message('domain.validation.invalidId', { field: 'competencies' }));
  }
  const key = `competencies.${competencyId}`;
  if (raw === null || raw === '') {
    if (row.has(key)) doc.transact(() => row.delete(key), origin);
    return { ok: true, value: null };
  }
  const level = typeof raw === 'string' ? raw.trim() : '';
  if (level === '' || level.length > 8)
    return refuse(message('domain.validation.invalid', { field: 'competencies' }));
  if (row.get(key) !== level) doc.transact(() => row.set(key, level), origin);
  return { ok: true, value: level };
}

/** The Y.XmlText a Lexical editor binds to for a narrative section. */
export function getSectionText(doc: Y.Doc, sectionId: StandardSectionId): Y.XmlText {
  return doc.get(sectionRootName(sectionId), Y.XmlText) as Y.XmlText;
}
