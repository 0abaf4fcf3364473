import { StoreError } from '../errors';
import type { LoggedUpdate, UpdateDeletes, UpdateMeta } from './DocumentStore';
import { decodePack, encodePack } from './logPack';

/**
 * What the SQLite and PostgreSQL drivers share about packed logs: a logged update lives either
 * loose (one row of `doc_updates`, where appends go) or in a pack (one row of `doc_log_packs`
 * holding a run of them, written after a checkpoint covers them). Every read takes both and
 * hands out the same updates in seq order; these are the parts of it done in JS.
 */

/** Updates per pack, and their bytes: bounds what one read of an old point decodes. */
export const PACK_MAX_UPDATES = 1000;
export const PACK_MAX_BYTES = 1024 * 1024;

/** Where a pack lies, without its data. `lastSeq` is its key. */
export interface PackSpan {
  firstSeq: number;
  lastSeq: number;
  count: number;
}

export interface PackRow extends PackSpan {
  data: Uint8Array;
}

/** A pack to insert: its span, its time range (for the time lookups) and its data. */
export interface NewPack extends PackRow {
  minCreatedAt: number;
  maxCreatedAt: number;
}

/** Splits `updates` (ascending seqs) into packs within the bounds, and encodes them. */
export function buildPacks(updates: readonly LoggedUpdate[]): NewPack[] {
  const packs: NewPack[] = [];
  let run: LoggedUpdate[] = [];
  let bytes = 0;
  const flush = () => {
    if (run.length > 0) packs.push(newPack(run));
    run = [];
    bytes = 0;
  };
  for (const u of updates) {
    if (
      run.length >= PACK_MAX_UPDATES ||
      (run.length > 0 && bytes + u.update.length > PACK_MAX_BYTES)
    ) {
      flush();
    }
    run.push(u);
    bytes += u.update.length;
  }
  flush();
  return packs;
}

function newPack(run: readonly LoggedUpdate[]): NewPack {
  const times = run.map((u) => u.createdAt);
  return {
    firstSeq: (run[0] as LoggedUpdate).seq,
    lastSeq: (run.at(-1) as LoggedUpdate).seq,
    count: run.length,
    minCreatedAt: Math.min(...times),
    maxCreatedAt: Math.max(...times),
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

/** What a merge (H15) changes in the packs: the packs to delete (by last seq) and their rewrites. */
export interface PackMerge {
  updatesDeleted: number;
  remove: number[];
  insert: NewPack[];
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
