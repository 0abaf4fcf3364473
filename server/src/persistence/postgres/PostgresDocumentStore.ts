import { DocumentType } from '@tandem/domain';
import { type Kysely, type Selectable, sql } from 'kysely';
import { StoreError } from '../../errors';
import { KeyedQueue } from '../../KeyedQueue';
import { encodeCheckpointState } from '../checkpointState';
import type {
  AppendEntry,
  DocumentRecord,
  DocumentStore,
  HistoryStores,
  LoggedUpdate,
  MergePlan,
  NewDocument,
  StoredState,
  UpdateDeletes,
  UpdateMeta,
  UpdateSource,
} from '../DocumentStore';
import { failpoint } from '../failpoint';
import { keptSeqs, prunableCheckpoints } from '../mergePlan';
import {
  deletesOf,
  grows,
  inSeqOrder,
  mergePacks,
  metaOf,
  packLoose,
  straddling,
} from '../packedLog';
import type { Database, DocUpdatesTable } from './Database';
import {
  checkpointAt,
  checkpointSeqsOf,
  claimClients,
  gaplessStretches,
  lockDocument,
  logRange,
  META_COLUMNS,
  maxSeq,
  snapshot,
  toBuffer,
  toBytes,
  versionSeqsOf,
} from './logQueries';
import { PostgresCommentStore } from './PostgresCommentStore';
import { PostgresSignoffStore } from './PostgresSignoffStore';
import { PostgresVersionStore } from './PostgresVersionStore';
import {
  changePacks,
  packAt,
  packByTime,
  packedBetween,
  packSpans,
  packsUpTo,
  packTip,
} from './packQueries';
import { withStoreError } from './withStoreError';

type MetaRow = Omit<Selectable<DocUpdatesTable>, 'doc_id' | 'data'>;

/** Rows per INSERT of a batch: 7 parameters each, well under pg's 65,535 per statement. */
const INSERT_CHUNK = 1000;

/**
 * The update log, checkpoints and client-id owners in PostgreSQL, for several server nodes
 * sharing one database. An append resolves after its transaction has committed, and with
 * PostgreSQL's default `synchronous_commit = on` a commit is on disk (WAL flushed) before it
 * returns, so an acknowledged update survives a crash of the server or of the database.
 *
 * Seqs are allocated under a row lock on the document: every append first updates the
 * document's `updated_at`, which locks its row until commit, then reads the log's max seq.
 * A second appender (on this node or another) waits on that lock and, under READ COMMITTED,
 * reads the max after the first one committed, so no two appends get one seq and none is lost.
 * We prefer the lock to an optimistic insert-and-retry on the (doc_id, seq) key: appends to one
 * document are serial anyway, the lock makes the loser wait one commit instead of failing and
 * retrying without bound, and the update of `updated_at` is needed regardless. The primary key
 * still refuses a duplicate seq should anything bypass the lock. Checkpoints, merges and prunes
 * take the same lock, as SQLite's IMMEDIATE transactions serialise them with appends.
 */
export class PostgresDocumentStore implements DocumentStore {
  private history: HistoryStores | null = null;
  /** Per document, this process's appends one at a time, in call order. */
  private readonly appends = new KeyedQueue<string>();
  private closed = false;

  /** `db` is migrated (openPostgres) and shared with the account store; close() ends it. */
  constructor(readonly db: Kysely<Database>) {}

  async createDocument(doc: NewDocument): Promise<DocumentRecord> {
    const now = Date.now();
    const record = {
      id: doc.id,
      workspaceId: doc.workspaceId ?? null,
      type: doc.type,
      title: doc.title,
      createdAt: now,
      updatedAt: now,
    };
    await this.run((db) =>
      db
        .insertInto('documents')
        .values({
          id: record.id,
          workspace_id: record.workspaceId,
          type: record.type,
          title: record.title,
          created_at: now,
          updated_at: now,
        })
        .execute(),
    );
    return record;
  }

  async getDocument(id: string) {
    const row = await this.run((db) =>
      db
        .selectFrom('documents')
        .selectAll()
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst(),
    );
    return row ? toRecord(row) : null;
  }

  async listDocuments(filter?: { workspaceIds: readonly string[] }) {
    if (filter?.workspaceIds.length === 0) return [];
    const rows = await this.run((db) => {
      let query = db.selectFrom('documents').selectAll().where('deleted_at', 'is', null);
      if (filter) query = query.where('workspace_id', 'in', filter.workspaceIds);
      return query.orderBy('updated_at', 'desc').orderBy('id').execute();
    });
    return rows.map(toRecord);
  }

  async deleteDocument(id: string) {
    const result = await this.run((db) =>
      db
        .updateTable('documents')
        .set({ deleted_at: Date.now() })
        .where('id', '=', id)
        .executeTakeFirst(),
    );
    if (result.numUpdatedRows === 0n) throw new StoreError(`document ${id} does not exist`);
  }

  async appendUpdate(docId: string, update: Uint8Array, source: UpdateSource) {
    const [seq] = await this.appendUpdates(docId, [{ update, source }]);
    return seq as number;
  }

  /**
   * One transaction for the whole batch: the rooms log the updates of one turn together. The
   * appends of this process to one document start one after another, so they are logged in
   * the order they were called (the pool would otherwise race them for the lock).
   */
  async appendUpdates(docId: string, entries: readonly AppendEntry[]) {
    if (entries.length === 0) return [];
    return this.appends.run(docId, () => this.append(docId, entries));
  }

  private append(docId: string, entries: readonly AppendEntry[]): Promise<number[]> {
    return this.run((db) =>
      db.transaction().execute(async (trx) => {
        const now = Date.now();
        // The row lock that serialises appends to this document (see the class comment).
        const locked = await trx
          .updateTable('documents')
          .set({ updated_at: now })
          .where('id', '=', docId)
          .returning('id')
          .executeTakeFirst();
        if (!locked) throw new StoreError(`document ${docId} does not exist`);
        const first = (await maxSeq(trx, docId)) + 1;
        const rows = entries.map(({ update, source }, i) => ({
          doc_id: docId,
          seq: first + i,
          data: toBuffer(update),
          created_at: now,
          conn_id: source.connId,
          user_id: source.userId,
          client_ids: JSON.stringify(source.clientIds),
        }));
        for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
          await trx
            .insertInto('doc_updates')
            .values(rows.slice(i, i + INSERT_CHUNK))
            .execute();
        }
        await claimClients(trx, docId, entries, first);
        return rows.map((r) => r.seq);
      }),
    );
  }

  /** Both reads see one snapshot, so no merge on any node falls between them. */
  async loadState(docId: string, atSeq = Number.MAX_SAFE_INTEGER): Promise<StoredState> {
    return this.run((db) =>
      snapshot(db, async (trx) => {
        const checkpoint = await checkpointAt(trx, docId, atSeq);
        const after = checkpoint?.seq ?? 0;
        const loose = await trx
          .selectFrom('doc_updates')
          .select(['seq', 'data'])
          .where('doc_id', '=', docId)
          .where('seq', '>', after)
          .where('seq', '<=', atSeq)
          .orderBy('seq')
          .execute();
        const rows = inSeqOrder(
          (await packedBetween(trx, docId, after, atSeq)).map((u) => ({
            seq: u.seq,
            update: u.update,
          })),
          loose.map((r) => ({ seq: r.seq, update: toBytes(r.data) })),
        );
        return {
          checkpoint,
          updates: rows.map((r) => r.update),
          updateSeqs: rows.map((r) => r.seq),
          lastSeq: rows.at(-1)?.seq ?? checkpoint?.seq ?? 0,
        };
      }),
    );
  }

  async readUpdates(
    docId: string,
    afterSeq: number,
    uptoSeq = Number.MAX_SAFE_INTEGER,
  ): Promise<LoggedUpdate[]> {
    return this.run((db) =>
      snapshot(db, async (trx) => {
        const rows = await logRange(trx, docId, afterSeq, uptoSeq)
          .select(META_COLUMNS)
          .select('data')
          .execute();
        return inSeqOrder(
          await packedBetween(trx, docId, afterSeq, uptoSeq),
          rows.map((r) => ({ ...toMeta(r), update: toBytes(r.data) })),
        );
      }),
    );
  }

  async updateMeta(docId: string, afterSeq: number, uptoSeq = Number.MAX_SAFE_INTEGER) {
    return this.run((db) =>
      snapshot(db, async (trx) => {
        const rows = await logRange(trx, docId, afterSeq, uptoSeq).select(META_COLUMNS).execute();
        const packed = await packedBetween(trx, docId, afterSeq, uptoSeq);
        return inSeqOrder(packed.map(metaOf), rows.map(toMeta));
      }),
    );
  }

  /**
   * The payload only of updates that delete something. A v1 update ends with its delete set,
   * whose last varuint is the length of the last deleted range (never 0), or the client count
   * 0 when nothing was deleted; most updates are typing with no deletions.
   */
  async updateDeletes(docId: string, afterSeq: number): Promise<UpdateDeletes[]> {
    return this.run((db) =>
      snapshot(db, async (trx) => {
        const rows = await logRange(trx, docId, afterSeq, Number.MAX_SAFE_INTEGER)
          .select(META_COLUMNS)
          .select(
            sql<Buffer | null>`CASE WHEN length(data) > 0
              AND get_byte(data, length(data) - 1) <> 0 THEN data END`.as('deletes'),
          )
          .execute();
        const packed = await packedBetween(trx, docId, afterSeq, Number.MAX_SAFE_INTEGER);
        return inSeqOrder(
          packed.map(deletesOf),
          rows.map((r) => ({ ...toMeta(r), deletes: r.deletes ? toBytes(r.deletes) : null })),
        );
      }),
    );
  }

  async lastSeq(docId: string) {
    return this.run((db) => maxSeq(db, docId));
  }

  async seqAtTime(docId: string, time: number) {
    return this.run((db) =>
      snapshot(db, async (trx) => {
        const row = await trx
          .selectFrom('doc_updates')
          .select((eb) => eb.fn.max('seq').as('seq'))
          .where('doc_id', '=', docId)
          .where('created_at', '<=', time)
          .executeTakeFirst();
        const packed = (await packByTime(trx, docId, time, 'by')).filter(
          (u) => u.createdAt <= time,
        );
        return Math.max(row?.seq ?? 0, packed.at(-1)?.seq ?? 0);
      }),
    );
  }

  /**
   * One snapshot: the first update made at or after `before` (packed or loose), then the run
   * before it.
   */
  async updateTimesBefore(docId: string, before: number) {
    return this.run((db) =>
      snapshot(db, async (trx) => {
        const since = await packByTime(trx, docId, before, 'since');
        const packedFirst = since.find((u) => u.createdAt >= before)?.seq ?? Infinity;
        const looseFirst = await trx
          .selectFrom('doc_updates')
          .select((eb) => eb.fn.min('seq').as('first'))
          .where('doc_id', '=', docId)
          .where('created_at', '>=', before)
          .executeTakeFirst();
        const first = Math.min(packedFirst, looseFirst?.first ?? Number.MAX_SAFE_INTEGER);
        const rows = await trx
          .selectFrom('doc_updates')
          .select(['seq', 'created_at'])
          .where('doc_id', '=', docId)
          .where('seq', '<', first)
          .orderBy('seq')
          .execute();
        return inSeqOrder(
          await packedBetween(trx, docId, 0, first - 1),
          rows.map((r) => ({ seq: r.seq, createdAt: r.created_at })),
        ).map((r) => ({ seq: r.seq, createdAt: r.createdAt }));
      }),
    );
  }

  async writeCheckpoint(docId: string, seq: number, state: Uint8Array) {
    const stored = await encodeCheckpointState(state);
    await this.run((db) =>
      db.transaction().execute(async (trx) => {
        await lockDocument(trx, docId, 'no key update');
        if (seq > (await maxSeq(trx, docId))) {
          throw new StoreError(`checkpoint ${seq} is beyond the end of the log of ${docId}`);
        }
        await trx
          .insertInto('doc_checkpoints')
          .values({
            doc_id: docId,
            seq,
            state: toBuffer(stored.data),
            encoding: stored.encoding,
            created_at: Date.now(),
          })
          .onConflict((oc) => oc.columns(['doc_id', 'seq']).doNothing())
          .execute();
        failpoint('checkpoint-write');
      }),
    );
  }

  async latestCheckpoint(docId: string, atOrBefore = Number.MAX_SAFE_INTEGER) {
    return this.run((db) => checkpointAt(db, docId, atOrBefore));
  }

  async checkpointSeqs(docId: string) {
    return this.run((db) => checkpointSeqsOf(db, docId));
  }

  async mergeHistory(docId: string, plan: MergePlan) {
    return this.run((db) =>
      db.transaction().execute(async (trx) => {
        // FOR UPDATE also waits for, and then holds off, every transaction inserting a row that
        // refers to the document (their foreign-key checks lock it FOR KEY SHARE): a version
        // being recorded on any node is either read below or made after the merge.
        await lockDocument(trx, docId, 'update');
        const checkpoints = new Set(await checkpointSeqsOf(trx, docId));
        const keepSeqs = [...plan.keepSeqs, ...(await versionSeqsOf(trx, docId))];
        const lastSeq = await maxSeq(trx, docId);
        const keep = keptSeqs(docId, { ...plan, keepSeqs }, lastSeq, checkpoints);
        const updates = await trx
          .deleteFrom('doc_updates')
          .where('doc_id', '=', docId)
          .where('seq', '<=', plan.uptoSeq)
          .where('seq', 'not in', keep)
          .executeTakeFirst();
        const packs = await packsUpTo(trx, docId, plan.uptoSeq);
        const merged = mergePacks(docId, packs, plan.uptoSeq, new Set(keep));
        await changePacks(trx, docId, merged);
        failpoint('merge');
        const removed = await trx
          .deleteFrom('doc_checkpoints')
          .where('doc_id', '=', docId)
          .where('seq', '<=', plan.uptoSeq)
          .where('seq', 'not in', keep)
          .executeTakeFirst();
        return {
          updatesDeleted: Number(updates.numDeletedRows) + merged.updatesDeleted,
          checkpointsDeleted: Number(removed.numDeletedRows),
        };
      }),
    );
  }

  async pruneCheckpoints(docId: string, seqs: readonly number[]) {
    if (seqs.length === 0) return 0;
    return this.run((db) =>
      db.transaction().execute(async (trx) => {
        await lockDocument(trx, docId, 'no key update');
        const checkpoints = await checkpointSeqsOf(trx, docId);
        const spans = await packSpans(trx, docId);
        // Only a pack with a checkpoint inside it needs decoding; the rest count as a whole.
        const packedSeqs = new Map<number, number[]>();
        for (const span of straddling(spans, checkpoints)) {
          const updates = await packedBetween(trx, docId, span.firstSeq - 1, span.lastSeq);
          packedSeqs.set(
            span.lastSeq,
            updates.map((u) => u.seq),
          );
        }
        const gapless = await gaplessStretches(trx, docId, checkpoints, spans, packedSeqs);
        // The log holds every update of (after, upto] when each stretch between the
        // checkpoints in it does.
        const complete = (after: number, upto: number) =>
          checkpoints.every((s) => s <= after || s > upto || gapless.has(s));
        const prunable = prunableCheckpoints(checkpoints, new Set(seqs), complete);
        if (prunable.length > 0) {
          await trx
            .deleteFrom('doc_checkpoints')
            .where('doc_id', '=', docId)
            .where('seq', 'in', prunable)
            .execute();
        }
        return prunable.length;
      }),
    );
  }

  /**
   * Under the document's row lock, as appends and checkpoints take it, so two nodes' compactors
   * packing one document at once take turns, and the second finds only what is still loose
   * (READ COMMITTED reads after the lock is granted see the first one's commit).
   */
  async packLog(docId: string, uptoSeq: number) {
    return this.run((db) =>
      db.transaction().execute(async (trx) => {
        await lockDocument(trx, docId, 'no key update');
        const rows = await logRange(trx, docId, 0, uptoSeq)
          .select(META_COLUMNS)
          .select('data')
          .execute();
        const loose = rows.map((r) => ({ ...toMeta(r), update: toBytes(r.data) }));
        const first = loose[0];
        const last = loose.at(-1);
        if (!first || !last) return 0;
        // The newest pack grows by them until it reaches its target size (packedLog.ts).
        const tip = await packTip(trx, docId);
        const growing = grows(tip, first.seq) ? await packAt(trx, docId, tip.lastSeq) : null;
        await changePacks(trx, docId, packLoose(docId, growing, loose));
        failpoint('pack');
        if (growing) failpoint('pack-grow');
        const deleted = await trx
          .deleteFrom('doc_updates')
          .where('doc_id', '=', docId)
          .where('seq', '<=', last.seq)
          .executeTakeFirst();
        if (Number(deleted.numDeletedRows) !== loose.length) {
          throw new StoreError(`the loose log of ${docId} changed while it was being packed`);
        }
        return loose.length;
      }),
    );
  }

  async clientOwners(docId: string) {
    const rows = await this.run((db) =>
      db
        .selectFrom('doc_client_owners')
        .select(['client_id', 'user_id'])
        .where('doc_id', '=', docId)
        .execute(),
    );
    return new Map(rows.map((r) => [r.client_id, r.user_id]));
  }

  /** Built on first use over this store's handle, which they share with the log. */
  historyStores(): HistoryStores {
    this.history ??= {
      versions: new PostgresVersionStore(this.db),
      comments: new PostgresCommentStore(this.db),
      signoffs: new PostgresSignoffStore(this.db),
    };
    return this.history;
  }

  /** A real write, so a read-only or unreachable database makes /readyz fail. */
  async ping() {
    await this.run((db) =>
      db
        .insertInto('store_health')
        .values({ id: 1, checked_at: Date.now() })
        .onConflict((oc) =>
          oc.column('id').doUpdateSet({ checked_at: (eb) => eb.ref('excluded.checked_at') }),
        )
        .execute(),
    );
  }

  async close() {
    if (this.closed) return;
    this.closed = true;
    await this.db.destroy();
  }

  private run<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    return withStoreError(async () => {
      if (this.closed) throw new StoreError('postgres: the store is closed');
      return fn(this.db);
    });
  }
}

function toRecord(row: Selectable<Database['documents']>): DocumentRecord {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    type: DocumentType.parse(row.type),
    title: row.title,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toMeta(row: MetaRow): UpdateMeta {
  return {
    seq: row.seq,
    createdAt: row.created_at,
    connId: row.conn_id,
    userId: row.user_id,
    clientIds: row.client_ids,
  };
}
