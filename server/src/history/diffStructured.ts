import {
  alignmentKey,
  readCourseStandard,
  readCurriculumMap,
  readDocMeta,
  readTalentPlan,
} from '@tandem/domain';
import type { StructuredChange } from '@tandem/protocol';
import * as Y from 'yjs';

type Change = Omit<StructuredChange, 'userIds'> & {
  /** Y items that wrote the new value (creators), or the removed entity's item (deleter). */
  writers: Y.ID[];
  removedItem: Y.ID | null;
};
type Entity = Record<string, unknown> & { id: string };

/** Words for fields whose camelCase name reads badly; the rest are split into words. */
const FIELD_WORDS: Record<string, string> = {
  hoursTheory: 'theory hours',
  hoursPractice: 'practice hours',
  groupId: 'module',
  isCore: 'core course',
  deliveredBy: 'delivered by',
  programIds: 'programs',
  weeklyHours: 'weekly hours',
  enterpriseMentor: 'enterprise mentor',
};
const PROSE_FIELDS = new Set(['text', 'textEn', 'requirements', 'description', 'detail']);

/**
 * A semantic change list between two states of a structured document, read through the
 * domain's own readers so it speaks in courses, units and objectives rather than Y.Map keys.
 * Notes documents have no structured part and get an empty list.
 */
export function structuredChanges(from: Y.Doc, to: Y.Doc): Change[] {
  const type = readDocMeta(to).type ?? readDocMeta(from).type;
  const read =
    type === 'curriculum-map'
      ? readCurriculumMap
      : type === 'course-standard'
        ? readCourseStandard
        : type === 'talent-plan'
          ? readTalentPlan
          : null;
  if (!read) return [];
  const a = read(from) as unknown as Record<string, unknown>;
  const b = read(to) as unknown as Record<string, unknown>;
  const groupNames = new Map(
    (Array.isArray(b.groups) ? (b.groups as Entity[]) : []).map((g) => [g.id, String(g.name)]),
  );
  const fromSv = Y.encodeStateVector(from);
  const names = entityNames(a, b);
  const changes: Change[] = [];
  for (const key of Object.keys(b)) {
    if (key === 'problems' || key === 'schemaVersion') continue;
    const before = a[key];
    const after = b[key];
    const ctx: Ctx = { from, to, fromSv, groupNames, names };
    if (Array.isArray(after) && Array.isArray(before)) {
      changes.push(...diffCollection(key, withIds(before), withIds(after), ctx));
    } else if (isRecord(after) && isRecord(before)) {
      const entity = { ...after, id: key } as Entity;
      changes.push(...diffFields(key, { ...before, id: key } as Entity, entity, key, ctx));
    }
  }
  return changes;
}

interface Ctx {
  from: Y.Doc;
  to: Y.Doc;
  fromSv: Uint8Array;
  groupNames: Map<string, string>;
  /** Every named entity of either end by id, for labels that refer to others (alignments). */
  names: Map<string, string>;
}

function diffCollection(collection: string, before: Entity[], after: Entity[], ctx: Ctx) {
  const out: Change[] = [];
  const old = new Map(before.map((e) => [e.id, e]));
  const now = new Map(after.map((e) => [e.id, e]));
  for (const e of after) {
    const prev = old.get(e.id);
    if (!prev) {
      const item = entityItem(ctx.to, collection, e.id);
      out.push({
        ...base(collection, e, 'added', null, ctx.names),
        summary: `${collection}: added ${label(e, collection, ctx.names)}`,
        writers: item ? [item] : [],
        removedItem: null,
      });
    } else {
      out.push(...diffFields(collection, prev, e, label(e, collection, ctx.names), ctx));
    }
  }
  for (const e of before) {
    if (now.has(e.id)) continue;
    out.push({
      ...base(collection, e, 'removed', null, ctx.names),
      summary: `${collection}: removed ${label(e, collection, ctx.names)}`,
      writers: [],
      removedItem: entityItem(ctx.from, collection, e.id),
    });
  }
  return out;
}

function diffFields(collection: string, prev: Entity, next: Entity, name: string, ctx: Ctx) {
  const out: Change[] = [];
  for (const field of new Set([...Object.keys(prev), ...Object.keys(next)])) {
    if (field === 'id' || field === 'order') continue;
    const a = prev[field];
    const b = next[field];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const words = FIELD_WORDS[field] ?? field.replace(/([A-Z])/g, ' $1').toLowerCase();
    const moved = field === 'groupId' || field === 'parentId';
    const summary = moved
      ? `${name}: moved to ${words} ${ctx.groupNames.get(String(b)) ?? String(b)}`
      : PROSE_FIELDS.has(field)
        ? `${name}: ${words} reworded`
        : `${name}: ${words} ${show(a)} → ${show(b)}`;
    out.push({
      collection,
      entityId: next.id,
      entityLabel: name,
      change: moved ? 'moved' : 'changed',
      field,
      from: a ?? null,
      to: b ?? null,
      summary,
      writers: fieldWriters(ctx, collection, next.id, field),
      removedItem: null,
    });
  }
  return out;
}

/** Items of the entity's map that hold this field (a cell, or `field.<member>` keys) and are new. */
function fieldWriters(ctx: Ctx, collection: string, entityId: string, field: string): Y.ID[] {
  const root = ctx.to.getMap<unknown>(collection);
  const entity = collection === entityId ? root : root.get(entityId);
  if (!(entity instanceof Y.Map)) return [];
  const sv = Y.decodeStateVector(ctx.fromSv);
  const ids: Y.ID[] = [];
  for (const [key, item] of entity._map) {
    if (key !== field && !key.startsWith(`${field}.`)) continue;
    if (item.id.clock >= (sv.get(item.id.client) ?? 0)) ids.push(item.id);
  }
  return ids;
}

function entityItem(doc: Y.Doc, collection: string, entityId: string): Y.ID | null {
  return doc.getMap<unknown>(collection)._map.get(entityId)?.id ?? null;
}

function base(
  collection: string,
  e: Entity,
  change: Change['change'],
  field: string | null,
  names: ReadonlyMap<string, string>,
) {
  return {
    collection,
    entityId: e.id,
    entityLabel: label(e, collection, names),
    change,
    field,
    from: null,
    to: null,
  };
}

/**
 * How people name an entity: a course by its name, an objective as "objective S3", an alignment
 * cell as "Live-Stream E-commerce × Live-stream host".
 */
function label(e: Entity, collection = '', names: ReadonlyMap<string, string> = new Map()): string {
  const name = typeof e.name === 'string' ? e.name.trim() : '';
  if (name) return name;
  if (typeof e.courseId === 'string' && typeof e.targetId === 'string') {
    return `${names.get(e.courseId) ?? e.courseId} × ${names.get(e.targetId) ?? e.targetId}`;
  }
  if (typeof e.code === 'string' && e.code.trim()) {
    return `${collection.replace(/s$/, '')} ${e.code}`.trim();
  }
  for (const key of ['title', 'task', 'text']) {
    const v = e[key];
    if (typeof v === 'string' && v.trim()) return v.length > 60 ? `${v.slice(0, 57)}…` : v;
  }
  return e.id;
}

/**
 * Entities keyed by their own id. Alignments have none (one Yjs key per matrix cell): they are
 * keyed as they are stored, so each cell compares with itself rather than all with one.
 */
function withIds(list: unknown[]): Entity[] {
  return list.filter(isRecord).map((e) => {
    if (typeof e.id === 'string') return e as Entity;
    const { courseId, targetId } = e;
    const id =
      typeof courseId === 'string' && typeof targetId === 'string'
        ? alignmentKey(courseId, targetId)
        : JSON.stringify(e);
    return { ...e, id };
  });
}

/** Names of the entities of both ends (the newer wins), by id. */
function entityNames(...ends: Record<string, unknown>[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const end of ends) {
    for (const list of Object.values(end)) {
      if (!Array.isArray(list)) continue;
      for (const e of list) {
        if (isRecord(e) && typeof e.id === 'string' && !('courseId' in e)) {
          names.set(e.id, label(e as Entity));
        }
      }
    }
  }
  return names;
}

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v ?? null));
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export type { Change as RawChange };
