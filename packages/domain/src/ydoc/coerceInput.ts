import { z } from 'zod';
import { type DomainMessage, message } from '../messages/DomainMessage';

export type FieldResult<T = unknown> =
  | { ok: true; value: T }
  | { ok: false; message: DomainMessage };

/** Chinese keyboards type full-width digits and punctuation into cells; read them as ASCII. */
function normaliseWidth(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[－—]/g, '-')
    .replace(/[＋]/g, '+')
    .trim();
}

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const LIST_SEPARATORS = /[\s,，、;；]+/;
const TRUE_WORDS = new Set(['true', '1', 'yes', 'y', '是', '√', '✓']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'n', '否', '×', '']);

/** Strips optional/nullable/default wrappers so coercion sees the value type underneath. */
export function unwrapSchema(schema: z.ZodType): { inner: z.ZodType; nullable: boolean } {
  let inner = schema;
  let nullable = false;
  while (
    inner instanceof z.ZodOptional ||
    inner instanceof z.ZodNullable ||
    inner instanceof z.ZodDefault
  ) {
    if (inner instanceof z.ZodNullable) nullable = true;
    inner = inner.unwrap() as z.ZodType;
  }
  return { inner, nullable };
}

/**
 * Converts what a person typed into a cell into the type the schema expects, before the schema
 * judges it. Only text gets converted; a value of the wrong type is passed on for zod to refuse.
 */
export function coerceInput(schema: z.ZodType, raw: unknown, field: string): FieldResult {
  const { inner, nullable } = unwrapSchema(schema);
  if (typeof raw !== 'string') return { ok: true, value: raw };
  const text = normaliseWidth(raw);
  if (text === '' && nullable) return { ok: true, value: null };
  if (inner instanceof z.ZodNumber) return coerceNumber(text, field);
  if (inner instanceof z.ZodBoolean) return coerceBoolean(text, field);
  if (inner instanceof z.ZodArray) return coerceList(inner.element as z.ZodType, text, field);
  return { ok: true, value: raw.trim() };
}

function coerceNumber(text: string, field: string): FieldResult {
  if (text === '') return { ok: false, message: message('domain.validation.required', { field }) };
  if (!NUMBER_TEXT.test(text)) {
    return { ok: false, message: message('domain.validation.notANumber', { field, value: text }) };
  }
  return { ok: true, value: Number(text) };
}

function coerceBoolean(text: string, field: string): FieldResult {
  const lower = text.toLowerCase();
  if (TRUE_WORDS.has(lower)) return { ok: true, value: true };
  if (FALSE_WORDS.has(lower)) return { ok: true, value: false };
  return { ok: false, message: message('domain.validation.invalidType', { field, value: text }) };
}

/** "3,4", "3、4", "3-5": terms and id lists are typed as text in a single cell. */
function coerceList(element: z.ZodType, text: string, field: string): FieldResult {
  if (text === '') return { ok: true, value: [] };
  const parts = text.split(LIST_SEPARATORS).filter((p) => p !== '');
  if (!(unwrapSchema(element).inner instanceof z.ZodNumber)) return { ok: true, value: parts };
  const values: number[] = [];
  for (const part of parts) {
    const range = /^(\d+)[-~～](\d+)$/.exec(part);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      for (let n = from; n <= to && values.length <= 100; n += 1) values.push(n);
      continue;
    }
    const single = coerceNumber(part, field);
    if (!single.ok) return single;
    values.push(single.value as number);
  }
  return { ok: true, value: values };
}
