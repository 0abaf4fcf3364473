import * as Y from 'yjs';
import type { z } from 'zod';
import { message } from '../messages/DomainMessage';
import { issueToMessage } from '../messages/issueToMessage';
import type { EntitySpec } from './EntitySpec';
import { decodeEntity } from './entityCodec';
import type { Problem } from './Problem';
import { valueAt } from './validateField';

/** Gets a root map without trusting the document: a root of another type is reported, not thrown. */
export function rootMap(doc: Y.Doc, name: string, problems?: Problem[]): Y.Map<unknown> | null {
  try {
    return doc.getMap<unknown>(name);
  } catch {
    problems?.push({
      path: [name],
      message: message('domain.problems.unreadableRoot', { root: name }),
    });
    return null;
  }
}

/**
 * Reads every row of a collection field by field. A malformed cell is reported and replaced by
 * its fallback; a row whose required fields cannot be read is reported and left out.
 */
export function readCollection<S extends z.ZodObject>(
  doc: Y.Doc,
  spec: EntitySpec<S>,
  problems: Problem[],
): Array<z.infer<S>> {
  const collection = rootMap(doc, spec.root, problems);
  if (!collection) return [];
  const rows: Array<z.infer<S>> = [];
  for (const [id, row] of collection.entries()) {
    if (!(row instanceof Y.Map)) {
      problems.push(malformed(spec.root, id));
      continue;
    }
    const entity = readRow(spec, id, row as Y.Map<unknown>, problems);
    if (entity) rows.push(entity);
  }
  return rows.sort((a, b) => byOrderThenId(a as Sortable, b as Sortable));
}

/**
 * Reads a single-row root (a document's `info` map) field by field: a malformed field is reported
 * and read as its default, so one bad cell never hides the others.
 */
export function readFields<S extends z.ZodObject>(
  doc: Y.Doc,
  spec: EntitySpec<S>,
  problems: Problem[],
): z.infer<S> {
  const map = rootMap(doc, spec.root, problems);
  const raw: Record<string, unknown> = map ? decodeEntity(spec, map) : {};
  const out: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(spec.schema.shape as Record<string, z.ZodType>)) {
    const parsed = schema.safeParse(raw[field]);
    if (parsed.success) {
      out[field] = parsed.data;
      continue;
    }
    problems.push({
      path: [spec.root, field],
      message: message('domain.problems.invalidField', { field }),
    });
    out[field] = schema.parse(undefined);
  }
  return out as z.infer<S>;
}

function readRow<S extends z.ZodObject>(
  spec: EntitySpec<S>,
  id: string,
  row: Y.Map<unknown>,
  problems: Problem[],
): z.infer<S> | null {
  const raw: Record<string, unknown> = { ...decodeEntity(spec, row), id };
  const out: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(spec.schema.shape as Record<string, z.ZodType>)) {
    const parsed = schema.safeParse(raw[field]);
    if (parsed.success) {
      out[field] = parsed.data;
      continue;
    }
    const issue = parsed.error.issues[0];
    const detail = issue
      ? issueToMessage(issue, field, valueAt(raw[field], issue.path))
      : message('domain.validation.invalid');
    const fallbacks = spec.fallbacks ?? {};
    if (field === 'id' || !Object.hasOwn(fallbacks, field)) {
      problems.push(malformed(spec.root, id, field, detail.key));
      return null;
    }
    problems.push({
      path: [spec.root, id, field],
      message: message('domain.problems.invalidField', { field, reason: detail.key }),
    });
    out[field] = fallbacks[field];
  }
  return out as z.infer<S>;
}

function malformed(root: string, id: string, field?: string, reason?: string): Problem {
  const params: Record<string, string> = { root, id };
  if (field) params.field = field;
  if (reason) params.reason = reason;
  return {
    path: field ? [root, id, field] : [root, id],
    message: message('domain.problems.malformedEntry', params),
  };
}

interface Sortable {
  id: string;
  order?: number;
}

export function byOrderThenId(a: Sortable, b: Sortable): number {
  const order = (a.order ?? 0) - (b.order ?? 0);
  if (order !== 0) return order;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
