import { StoreError } from '../errors';
import type { LoggedUpdate, UpdateDeletes, UpdateMeta } from './DocumentStore';
import { decodePack, encodePack } from './logPack';

/**
 * What the SQLite and PostgreSQL drivers share about packed logs: a logged update lives either
 * loose (one row of `doc_updates`, where appends go) or in a pack (one row of `doc_log_packs`
 * holding a run of them, written after a checkpoint covers them). Every read takes both and
 * hands out the same updates in seq order; these are the parts of it done in JS.
 */

/**
 * How big a pack grows. Each checkpoint's updates join the document's newest pack (decoded,
 * extended and encoded again in the transaction that deletes them loose) until it stores
 * PACK_TARGET_BYTES; the next checkpoint then starts a new one. One checkpoint's updates alone
 * pack to ~2.8 KB, and SQLite gives a row that size a 4 KiB page of its own (the 100k-edit
 * bench history: 479 KB of pages for 325 KB of packs); a larger row fills whole overflow pages
 * and only its head shares a leaf page. Measured on that history: 16, 32 and 64 KiB packs take
 * 336, 311 and 324 KB of pages (the last, partly grown pack weighs more the larger they are);
 * a 32 KiB pack is ~11,000 updates, ~2 ms to decode and ~5 to encode (a busy machine), which
 * bounds what reading a short stretch of old history decodes and what one grow costs.
 */
export const PACK_TARGET_BYTES = 32 * 1024;
/** How far past the target a pack may grow by one checkpoint's updates rather than split. */
const PACK_SLACK = 1.25;
/** Whatever they compress to, a pack holds at most this many updates and bytes of them: bounds decoding one. */
export const PACK_MAX_UPDATES = 20_000;
export const PACK_MAX_BYTES = 1024 * 1024;

/** Where a pack lies, without its data. `lastSeq` is its key. */
export interface PackSpan {
  firstSeq: number;
  lastSeq: number;
  count: number;
}

/** The newest pack of a document, without its data: `size` is its stored bytes. */
export interface PackTip extends PackSpan {
  size: number;
}

export interface PackRow extends PackSpan {
  data: Uint8Array;
}

/** A pack to insert: its span, its time range (for the time lookups) and its data. */
export interface NewPack extends PackRow {
  minCreatedAt: number;
  maxCreatedAt: number;
}

/** What packing or merging changes in the packs: those to delete (by last seq), those to insert. */
export interface PackChange {
  remove: number[];
  insert: NewPack[];
}

/**
 * Whether the loose updates from `firstLoose` on join the newest pack `tip` instead of
 * starting one: only a pack still under the target, and older than all of them.
 */
export function grows(tip: PackTip | undefined, firstLoose: number): tip is PackTip {
  return (
    tip !== undefined &&
    tip.size < PACK_TARGET_BYTES &&
    tip.count < PACK_MAX_UPDATES &&
    tip.lastSeq < firstLoose
  );
}

/**
 * Packs `loose` (ascending seqs), into `tip` when it grows (see `grows`): the tip is decoded
 * and replaced by packs holding its updates and then the loose ones.
 */
export function packLoose(
  docId: string,
  tip: PackRow | null,
  loose: readonly LoggedUpdate[],
): PackChange {
  if (!tip) return { remove: [], insert: buildPacks(loose) };
  return { remove: [tip.lastSeq], insert: buildPacks([...unpack(docId, tip), ...loose]) };
}

/**
 * Splits `updates` (ascending seqs) into packs of about PACK_TARGET_BYTES within the bounds,
 * and encodes them. The first is tried whole (a grown pack: one encode); one coming out well
 * over the target is cut to the share of its bytes that fits, by its own ratio, and the next
 * is sized by it. By bytes, not updates: a run may be typing and then a paste.
 */
export function buildPacks(updates: readonly LoggedUpdate[]): NewPack[] {
  const packs: NewPack[] = [];
  // Stored bytes per laid-out byte (`weight`) of the pack encoded last.
  let ratio = 0;
  for (let start = 0; start < updates.length; ) {
    let end = boundedEnd(updates, start, ratio > 0 ? PACK_TARGET_BYTES / ratio : Infinity);
    let pack = newPack(updates.slice(start, end));
    while (pack.data.length > PACK_TARGET_BYTES * PACK_SLACK && end - start > 1) {
      const budget = (weight(updates, start, end) * PACK_TARGET_BYTES) / pack.data.length;
      end = Math.min(end - 1, boundedEnd(updates, start, budget));
      pack = newPack(updates.slice(start, end));
    }
    ratio = pack.data.length / weight(updates, start, end);
    packs.push(pack);
    start = end;
  }
  return packs;
}

/** About what an update's seq, time, ids and length add to its bytes in a pack's layout. */
const FIELD_BYTES = 12;

function weight(updates: readonly LoggedUpdate[], start: number, end: number): number {
  let w = 0;
  for (let i = start; i < end; i++) w += (updates[i] as LoggedUpdate).update.length + FIELD_BYTES;
  return w;
}

/**
 * The end of the run from `start` within the bounds and laid out in at most `budget` bytes
 * (`weight`); never empty.
 */
function boundedEnd(updates: readonly LoggedUpdate[], start: number, budget: number): number {
  const last = Math.min(updates.length, start + PACK_MAX_UPDATES);
  let bytes = 0;
  let w = 0;
  for (let i = start; i < last; i++) {
    const n = (updates[i] as LoggedUpdate).update.length;
    bytes += n;
    w += n + FIELD_BYTES;
    if (i > start && (bytes > PACK_MAX_BYTES || w > budget)) return i;
  }
  return last;
}

function newPack(run: readonly LoggedUpdate[]): NewPack {
  let minCreatedAt = Number.POSITIVE_INFINITY;
  let maxCreatedAt = Number.NEGATIVE_INFINITY;
  for (const u of run) {
    minCreatedAt = Math.min(minCreatedAt, u.createdAt);
    maxCreatedAt = Math.max(maxCreatedAt, u.createdAt);
  }
  return {
    firstSeq: (run[0] as LoggedUpdate).seq,
    lastSeq: (run.at(-1) as LoggedUpdate).seq,
    count: run.length,
    minCreatedAt,
    maxCreatedAt,
    data: encodePack(run),
  };
}

/** The updates of a stored pack, checked against its row; names the document when corrupt. */
export function unpack(docId: string, pack: PackRow): LoggedUpdate[] {
  let updates: LoggedUpdate[];
  try {
    updates = decodePack(pack.data);
  } catch (err) {
    throw new StoreError(
      `pack ${pack.firstSeq}–${pack.lastSeq} of ${docId}: ${(err as Error).message}`,
      { cause: err },
    );
  }
  if (
    updates.length !== pack.count ||
    updates[0]?.seq !== pack.firstSeq ||
    updates.at(-1)?.seq !== pack.lastSeq
  ) {
    throw new StoreError(
      `pack ${pack.firstSeq}–${pack.lastSeq} of ${docId} does not match its row`,
    );
  }
  return updates;
}

/** The updates of `packs` with `afterSeq < seq <= uptoSeq`, in seq order. */
export function unpackRange(
  docId: string,
  packs: readonly PackRow[],
  afterSeq: number,
  uptoSeq: number,
): LoggedUpdate[] {
  return packs
    .flatMap((p) => unpack(docId, p))
    .filter((u) => u.seq > afterSeq && u.seq <= uptoSeq)
    .sort(bySeq);
}

/** Packed and loose updates together in seq order (each list is already ascending). */
export function inSeqOrder<T extends { seq: number }>(
  packed: readonly T[],
  loose: readonly T[],
): T[] {
  // A pack only ever holds updates older than every loose one; sorting keeps it right regardless.
  return [...packed, ...loose].sort(bySeq);
}

const bySeq = (a: { seq: number }, b: { seq: number }) => a.seq - b.seq;

export function metaOf(u: LoggedUpdate): UpdateMeta {
  return {
    seq: u.seq,
    createdAt: u.createdAt,
    connId: u.connId,
    userId: u.userId,
    clientIds: u.clientIds,
  };
}

/**
 * The loose log asks SQL for this: a v1 update ends with its delete set, whose last varuint is
 * the length of the last deleted range (never 0), or the client count 0 when nothing was
 * deleted.
 */
export function deletesOf(u: LoggedUpdate): UpdateDeletes {
  const last = u.update.at(-1);
  return { ...metaOf(u), deletes: last !== undefined && last !== 0 ? u.update : null };
}

/**
 * How many packed updates have `afterSeq < seq <= uptoSeq`: the count of each pack inside the
 * range, and for a pack straddling an end, its seqs (`seqsOf` decodes it).
 */
export function packedCount(
  spans: readonly PackSpan[],
  afterSeq: number,
  uptoSeq: number,
  seqsOf: (span: PackSpan) => readonly number[],
): number {
  let n = 0;
  for (const span of spans) {
    if (span.lastSeq <= afterSeq || span.firstSeq > uptoSeq) continue;
    if (span.firstSeq > afterSeq && span.lastSeq <= uptoSeq) n += span.count;
    else n += seqsOf(span).filter((s) => s > afterSeq && s <= uptoSeq).length;
  }
  return n;
}

/** The packs with updates on both sides of one of `bounds`: packedCount decodes those. */
export function straddling(spans: readonly PackSpan[], bounds: readonly number[]): PackSpan[] {
  return spans.filter((span) => bounds.some((b) => span.firstSeq <= b && b < span.lastSeq));
}

/** What a merge (H15) changes in the packs, and how many updates it drops from them. */
export interface PackMerge extends PackChange {
  updatesDeleted: number;
}

/**
 * Drops from `packs` (those with `firstSeq <= uptoSeq`) every update with `seq <= uptoSeq` not
 * in `keep`. A pack losing some updates is rewritten with the rest, which keep their seqs.
 */
export function mergePacks(
  docId: string,
  packs: readonly PackRow[],
  uptoSeq: number,
  keep: ReadonlySet<number>,
): PackMerge {
  const merge: PackMerge = { updatesDeleted: 0, remove: [], insert: [] };
  for (const pack of packs) {
    const updates = unpack(docId, pack);
    const kept = updates.filter((u) => u.seq > uptoSeq || keep.has(u.seq));
    if (kept.length === updates.length) continue;
    merge.updatesDeleted += updates.length - kept.length;
    merge.remove.push(pack.lastSeq);
    merge.insert.push(...buildPacks(kept));
  }
  return merge;
}
