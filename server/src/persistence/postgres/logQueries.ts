import { type Kysely, sql, type Transaction } from 'kysely';
import { decodeCheckpointState } from '../checkpointState';
import type { AppendEntry, Checkpoint } from '../DocumentStore';
import { type PackSpan, packedCount } from '../packedLog';
import type { Database } from './Database';

/** Queries of the log the document store runs inside and outside its transactions. */

type Db = Kysely<Database> | Transaction<Database>;

export const META_COLUMNS = ['seq', 'created_at', 'conn_id', 'user_id', 'client_ids'] as const;

export function logRange(db: Db, docId: string, afterSeq: number, uptoSeq: number) {
  return db
    .selectFrom('doc_updates')
    .where('doc_id', '=', docId)
    .where('seq', '>', afterSeq)
    .where('seq', '<=', uptoSeq)
    .orderBy('seq');
}

/**
 * The newest logged seq, loose or packed (a fully packed log has no loose row left), read from
 * the two primary keys rather than cached (0: empty log).
 */
export async function maxSeq(db: Db, docId: string): Promise<number> {
  const { rows } = await sql<{ seq: number | null }>`
    SELECT GREATEST(
      (SELECT max(seq) FROM doc_updates WHERE doc_id = ${docId}),
      (SELECT max(last_seq) FROM doc_log_packs WHERE doc_id = ${docId})) AS seq
  `.execute(db);
  return rows[0]?.seq ?? 0;
}

/**
 * Locks the document's row until the transaction ends. `no key update` conflicts with the
 * appends' UPDATE of `updated_at` but not with foreign-key checks; `update` conflicts with
 * those too, so no row referring to the document is inserted meanwhile.
 */
export async function lockDocument(
  trx: Transaction<Database>,
  docId: string,
  mode: 'no key update' | 'update',
): Promise<void> {
  const query = trx.selectFrom('documents').select('id').where('id', '=', docId);
  await (mode === 'update' ? query.forUpdate() : query.forNoKeyUpdate()).execute();
}

/** The seqs the document's versions point at; a merge keeps them (H15). */
export async function versionSeqsOf(db: Db, docId: string): Promise<number[]> {
  const rows = await db
    .selectFrom('doc_versions')
    .select('seq')
    .where('doc_id', '=', docId)
    .execute();
  return rows.map((r) => r.seq);
}

/** The first person to log a client id holds it; later claims on it are ignored. */
export async function claimClients(
  trx: Transaction<Database>,
  docId: string,
  entries: readonly AppendEntry[],
  firstSeq: number,
): Promise<void> {
  // One row per client id, its first claim in the batch: a statement may not insert one key twice.
  const claims = new Map<number, { user_id: string | null; first_seq: number }>();
  entries.forEach(({ source }, i) => {
    for (const id of source.clientIds) {
      if (!claims.has(id)) claims.set(id, { user_id: source.userId, first_seq: firstSeq + i });
    }
  });
  if (claims.size === 0) return;
  await trx
    .insertInto('doc_client_owners')
    .values([...claims].map(([client_id, claim]) => ({ doc_id: docId, client_id, ...claim })))
    .onConflict((oc) => oc.columns(['doc_id', 'client_id']).doNothing())
    .execute();
}

export async function checkpointAt(
  db: Db,
  docId: string,
  atOrBefore: number,
): Promise<Checkpoint | null> {
  const row = await db
    .selectFrom('doc_checkpoints')
    .select(['seq', 'state', 'created_at', 'encoding'])
    .where('doc_id', '=', docId)
    .where('seq', '<=', atOrBefore)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  const state = decodeCheckpointState({ encoding: row.encoding, data: toBytes(row.state) });
  return { seq: row.seq, state, createdAt: row.created_at };
}

export async function checkpointSeqsOf(db: Db, docId: string): Promise<number[]> {
  const rows = await db
    .selectFrom('doc_checkpoints')
    .select('seq')
    .where('doc_id', '=', docId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.seq);
}

/**
 * The checkpoints whose stretch of log since the checkpoint before (or the empty document) is
 * complete, the loose rows counted in one statement and the packed ones from the packs' counts
 * (`packedSeqs` holds the seqs of each pack straddling a checkpoint): a merge leaves gaps, and
 * a gap means the checkpoint after it is the only way back to those points.
 */
export async function gaplessStretches(
  trx: Transaction<Database>,
  docId: string,
  checkpoints: readonly number[],
  spans: readonly PackSpan[],
  packedSeqs: ReadonlyMap<number, readonly number[]>,
): Promise<Set<number>> {
  if (checkpoints.length === 0) return new Set();
  const los = checkpoints.map((_, i) => (i === 0 ? 0 : (checkpoints[i - 1] as number)));
  const { rows } = await sql<{ lo: number; hi: number; n: number }>`
    SELECT b.lo, b.hi, (SELECT count(*) FROM doc_updates u
      WHERE u.doc_id = ${docId} AND u.seq > b.lo AND u.seq <= b.hi) AS n
    FROM unnest(${los}::int8[], ${[...checkpoints]}::int8[]) AS b (lo, hi)
  `.execute(trx);
  const seqsOf = (span: PackSpan) => packedSeqs.get(span.lastSeq) ?? [];
  const complete = rows.filter(
    (r) => Number(r.n) + packedCount(spans, r.lo, r.hi, seqsOf) === r.hi - r.lo,
  );
  return new Set(complete.map((r) => r.hi));
}

/** Runs `fn` in a read-only transaction that sees one snapshot of the database throughout. */
export function snapshot<T>(db: Kysely<Database>, fn: (trx: Transaction<Database>) => Promise<T>) {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(fn);
}

/** pg hands out Buffers; Yjs wants plain Uint8Arrays over the same memory. */
export function toBytes(buf: Buffer): Uint8Array {
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** A Buffer over the same memory, which pg sends as bytea. */
export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
