import * as Y from 'yjs';
import type { z } from 'zod';
import { type DomainMessage, message } from '../messages/DomainMessage';
import { createId, orderBetween } from '../util/order';
import { type DomainResult, parseEntity, refuse } from './DomainResult';
import type { EntitySpec } from './EntitySpec';
import { createRow, encodeFields } from './entityCodec';
import { lastOrder } from './lastOrder';
import { validateWithSchema } from './validateField';

export interface RowWriteOptions {
  origin?: unknown;
  /** Extra checks that need the document (references, cycles); a message refuses the write. */
  check?: (field: string, value: unknown) => DomainMessage | null;
}

/** Validates a whole new row and creates it in one transaction, at the end unless ordered. */
export function addRow<S extends z.ZodObject>(
  doc: Y.Doc,
  spec: EntitySpec<S>,
  input: Readonly<Record<string, unknown>>,
  idPrefix: string,
  options: RowWriteOptions = {},
): DomainResult<z.infer<S>> {
  const rows = doc.getMap<unknown>(spec.root);
  const id = typeof input.id === 'string' ? input.id : createId(idPrefix);
  if (rows.has(id)) return refuse(message('domain.validation.alreadyExists', { id }));
  const order = typeof input.order === 'number' ? input.order : orderBetween(lastOrder(rows), null);
  const parsed = parseEntity(spec.schema, { ...input, id, order });
  if (!parsed.ok) return parsed;
  const { id: _id, ...fields } = parsed.value as Record<string, unknown>;
  for (const [field, value] of Object.entries(fields)) {
    const refused = options.check?.(field, value);
    if (refused) return refuse(refused);
  }
  doc.transact(() => createRow(spec, rows, id, fields), options.origin);
  return parsed;
}

/** Validates one cell and writes it; nothing is written when the value is refused. */
export function setRowField<S extends z.ZodObject>(
  doc: Y.Doc,
  spec: EntitySpec<S>,
  id: string,
  field: string,
  raw: unknown,
  options: RowWriteOptions = {},
): DomainResult<unknown> {
  const row = doc.getMap<unknown>(spec.root).get(id);
  if (!(row instanceof Y.Map)) return refuse(message('domain.validation.notFound', { id }));
  const { id: _id, ...shape } = spec.schema.shape as Record<string, z.ZodType>;
  const checked = validateWithSchema(shape, field, raw);
  if (!checked.ok) return checked;
  const refused = options.check?.(field, checked.value);
  if (refused) return refuse(refused);
  doc.transact(
    () => encodeFields(spec, row as Y.Map<unknown>, { [field]: checked.value }),
    options.origin,
  );
  return checked;
}

/** Deletes one row; other rows that pointed at it are the caller's business. */
export function deleteRow(
  doc: Y.Doc,
  spec: EntitySpec,
  id: string,
  origin?: unknown,
): DomainResult<string> {
  const rows = doc.getMap<unknown>(spec.root);
  if (!rows.has(id)) return refuse(message('domain.validation.notFound', { id }));
  doc.transact(() => rows.delete(id), origin);
  return { ok: true, value: id };
}
