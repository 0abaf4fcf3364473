import { type Kysely, sql, type Transaction } from 'kysely';
import type { LoggedUpdate } from '../DocumentStore';
import {
  type NewPack,
  type PackChange,
  type PackRow,
  type PackSpan,
  type PackTip,
  unpack,
  unpackRange,
} from '../packedLog';
import type { Database } from './Database';
import { toBuffer, toBytes } from './logQueries';

/** Queries of the log's packs (packedLog.ts), inside and outside the store's transactions. */

type Db = Kysely<Database> | Transaction<Database>;

const PACK_COLUMNS = ['first_seq', 'last_seq', 'count', 'data'] as const;

interface PackDataRow {
  first_seq: number;
  last_seq: number;
  count: number;
  data: Buffer;
}

function toPack(row: PackDataRow): PackRow {
  return {
    firstSeq: row.first_seq,
    lastSeq: row.last_seq,
    count: row.count,
    data: toBytes(row.data),
  };
}

/** The packed updates with `afterSeq < seq <= uptoSeq`, in seq order. */
export async function packedBetween(
  db: Db,
  docId: string,
  afterSeq: number,
  uptoSeq: number,
): Promise<LoggedUpdate[]> {
  const rows = await db
    .selectFrom('doc_log_packs')
    .select(PACK_COLUMNS)
    .where('doc_id', '=', docId)
    .where('last_seq', '>', afterSeq)
    .where('first_seq', '<=', uptoSeq)
    .orderBy('last_seq')
    .execute();
  return unpackRange(docId, rows.map(toPack), afterSeq, uptoSeq);
}

/** The packs holding updates with `seq <= uptoSeq`, still encoded (for a merge). */
export async function packsUpTo(db: Db, docId: string, uptoSeq: number): Promise<PackRow[]> {
  const rows = await db
    .selectFrom('doc_log_packs')
    .select(PACK_COLUMNS)
    .where('doc_id', '=', docId)
    .where('first_seq', '<=', uptoSeq)
    .orderBy('last_seq')
    .execute();
  return rows.map(toPack);
}

export async function packSpans(db: Db, docId: string): Promise<PackSpan[]> {
  const rows = await db
    .selectFrom('doc_log_packs')
    .select(['first_seq', 'last_seq', 'count'])
    .where('doc_id', '=', docId)
    .orderBy('last_seq')
    .execute();
  return rows.map((r) => ({ firstSeq: r.first_seq, lastSeq: r.last_seq, count: r.count }));
}

/**
 * The updates of one pack found by time: the newest holding one made at or before `time`
 * (`by`), or the oldest holding one made at or after it (`since`). Only these need decoding.
 */
export async function packByTime(
  db: Db,
  docId: string,
  time: number,
  which: 'by' | 'since',
): Promise<LoggedUpdate[]> {
  const query = db.selectFrom('doc_log_packs').select(PACK_COLUMNS).where('doc_id', '=', docId);
  const row = await (which === 'by'
    ? query.where('min_created_at', '<=', time).orderBy('last_seq', 'desc')
    : query.where('max_created_at', '>=', time).orderBy('last_seq')
  )
    .limit(1)
    .executeTakeFirst();
  return row ? unpack(docId, toPack(row)) : [];
}

/**
 * The newest pack without its data. octet_length reads the size from the TOAST pointer of a
 * value stored out of line (every pack but the smallest) without fetching its chunks.
 */
export async function packTip(db: Db, docId: string): Promise<PackTip | undefined> {
  const row = await db
    .selectFrom('doc_log_packs')
    .select(['first_seq', 'last_seq', 'count', sql<number>`octet_length(data)`.as('size')])
    .where('doc_id', '=', docId)
    .orderBy('last_seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return (
    row && { firstSeq: row.first_seq, lastSeq: row.last_seq, count: row.count, size: row.size }
  );
}

/** The pack whose last seq is `lastSeq`, still encoded. */
export async function packAt(db: Db, docId: string, lastSeq: number): Promise<PackRow> {
  const row = await db
    .selectFrom('doc_log_packs')
    .select(PACK_COLUMNS)
    .where('doc_id', '=', docId)
    .where('last_seq', '=', lastSeq)
    .executeTakeFirstOrThrow();
  return toPack(row);
}

export async function newestPackedSeq(db: Db, docId: string): Promise<number> {
  const row = await db
    .selectFrom('doc_log_packs')
    .select((eb) => eb.fn.max('last_seq').as('seq'))
    .where('doc_id', '=', docId)
    .executeTakeFirst();
  return row?.seq ?? 0;
}

export async function insertPacks(
  trx: Transaction<Database>,
  docId: string,
  packs: readonly NewPack[],
): Promise<void> {
  // A pack is at most ~1 MB of updates: a few per statement keeps each one bounded.
  for (let i = 0; i < packs.length; i += 16) {
    await trx
      .insertInto('doc_log_packs')
      .values(
        packs.slice(i, i + 16).map((p) => ({
          doc_id: docId,
          last_seq: p.lastSeq,
          first_seq: p.firstSeq,
          count: p.count,
          min_created_at: p.minCreatedAt,
          max_created_at: p.maxCreatedAt,
          data: toBuffer(p.data),
        })),
      )
      .execute();
  }
}

/** Deletes first: a rewritten pack may keep its key. */
export async function changePacks(
  trx: Transaction<Database>,
  docId: string,
  change: PackChange,
): Promise<void> {
  await deletePacks(trx, docId, change.remove);
  await insertPacks(trx, docId, change.insert);
}

export async function deletePacks(
  trx: Transaction<Database>,
  docId: string,
  lastSeqs: readonly number[],
): Promise<void> {
  if (lastSeqs.length === 0) return;
  await trx
    .deleteFrom('doc_log_packs')
    .where('doc_id', '=', docId)
    .where('last_seq', 'in', lastSeqs)
    .execute();
}
