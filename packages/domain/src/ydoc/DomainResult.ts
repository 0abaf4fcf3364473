import type { z } from 'zod';
import { type DomainMessage, message } from '../messages/DomainMessage';
import { issueToMessage } from '../messages/issueToMessage';
import { valueAt } from './validateField';

/** The outcome of a validated write: the stored value, or why nothing was written. */
export type DomainResult<T> = { ok: true; value: T } | { ok: false; message: DomainMessage };

export function refuse<T>(msg: DomainMessage): DomainResult<T> {
  return { ok: false, message: msg };
}

/** Parses a whole new entity; the first problem is reported with the field it concerns. */
export function parseEntity<S extends z.ZodObject>(
  schema: S,
  input: unknown,
): DomainResult<z.infer<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path[0] === undefined ? '' : String(issue.path[0]);
  if (!issue) return refuse(message('domain.validation.invalid'));
  return refuse(issueToMessage(issue, field, valueAt(input, issue.path)));
}
