import * as Y from 'yjs';
import type { EntitySpec } from './EntitySpec';
import { MEMBER_SEPARATOR, memberKey } from './EntitySpec';

/** Reads a row's keys back into plain field values; unknown keys (a newer client's) are ignored. */
export function decodeEntity(spec: EntitySpec, row: Y.Map<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const sets = new Set(spec.setFields ?? []);
  const records = new Set(spec.recordFields ?? []);
  for (const field of sets) out[field] = [];
  for (const field of records) out[field] = {};
  for (const [key, value] of row.entries()) {
    const dot = key.indexOf(MEMBER_SEPARATOR);
    if (dot < 0) {
      if (!sets.has(key) && !records.has(key)) out[key] = value;
      continue;
    }
    const field = key.slice(0, dot);
    const member = key.slice(dot + 1);
    if (sets.has(field) && value === true) (out[field] as string[]).push(member);
    if (records.has(field)) (out[field] as Record<string, unknown>)[member] = value;
  }
  for (const field of sets) (out[field] as string[]).sort();
  return out;
}

/**
 * Writes field values into a row, touching only keys whose value changes: rewriting an equal
 * value would still be a Yjs change and could overwrite a concurrent edit of the same cell.
 */
export function encodeFields(
  spec: EntitySpec,
  row: Y.Map<unknown>,
  fields: Readonly<Record<string, unknown>>,
): void {
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (spec.setFields?.includes(field)) writeSet(row, field, value as readonly string[]);
    else if (spec.recordFields?.includes(field)) {
      writeRecord(row, field, value as Readonly<Record<string, unknown>>);
    } else setIfChanged(row, field, value);
  }
}

export function setIfChanged(row: Y.Map<unknown>, key: string, value: unknown): void {
  if (value === undefined) return;
  if (!sameValue(row.get(key), value)) row.set(key, value);
}

function writeSet(row: Y.Map<unknown>, field: string, members: readonly string[]): void {
  const wanted = new Set(members);
  for (const key of [...row.keys()]) {
    if (!key.startsWith(`${field}${MEMBER_SEPARATOR}`)) continue;
    const member = key.slice(field.length + 1);
    if (!wanted.has(member) || row.get(key) !== true) row.delete(key);
  }
  for (const member of wanted) {
    const key = memberKey(field, member);
    if (row.get(key) !== true) row.set(key, true);
  }
}

function writeRecord(
  row: Y.Map<unknown>,
  field: string,
  record: Readonly<Record<string, unknown>>,
): void {
  for (const key of [...row.keys()]) {
    if (!key.startsWith(`${field}${MEMBER_SEPARATOR}`)) continue;
    if (!Object.hasOwn(record, key.slice(field.length + 1))) row.delete(key);
  }
  for (const [member, value] of Object.entries(record)) {
    const key = memberKey(field, member);
    if (value === null || value === undefined) row.delete(key);
    else setIfChanged(row, key, value);
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Y.AbstractType || b instanceof Y.AbstractType) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Creates a row with its fields in one go; the caller wraps it in a transaction. */
export function createRow(
  spec: EntitySpec,
  collection: Y.Map<unknown>,
  id: string,
  fields: Readonly<Record<string, unknown>>,
): Y.Map<unknown> {
  const row = new Y.Map<unknown>();
  collection.set(id, row);
  encodeFields(spec, row, fields);
  return row;
}
