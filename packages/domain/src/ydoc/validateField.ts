import type { z } from 'zod';
import { message } from '../messages/DomainMessage';
import { issueToMessage } from '../messages/issueToMessage';
import { coerceInput, type FieldResult } from './coerceInput';

/**
 * Validates one cell against its field schema: what the web calls before writing, and what every
 * write helper calls again so a client that skipped the check still cannot store a bad value.
 */
export function validateWithSchema(
  shape: Readonly<Record<string, z.ZodType>>,
  field: string,
  raw: unknown,
): FieldResult {
  const schema = Object.hasOwn(shape, field) ? shape[field] : undefined;
  if (!schema) return { ok: false, message: message('domain.validation.unknownField', { field }) };
  const coerced = coerceInput(schema, raw, field);
  if (!coerced.ok) return coerced;
  const parsed = schema.safeParse(coerced.value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  if (!issue) return { ok: false, message: message('domain.validation.invalid', { field }) };
  return { ok: false, message: issueToMessage(issue, field, valueAt(coerced.value, issue.path)) };
}

/** The part of a value an issue points at (`terms[1]` for a bad second term). */
export function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
