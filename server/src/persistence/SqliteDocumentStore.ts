import { DocumentType } from '@tandem/domain';
import type { Transaction } from 'better-sqlite3';
import { StoreError } from '../errors';
import type { Logger } from '../logger';
import { decodeCheckpointState, encodeCheckpointState } from './checkpointState';
import type {
  AppendEntry,
  Checkpoint,
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
} from './DocumentStore';
import { failpoint } from './failpoint';
import { keptSeqs, prunableCheckpoints } from './mergePlan';
import { openDatabase, type SqliteDatabase } from './openDatabase';
import {
  deletesOf,
  grows,
  inSeqOrder,
  mergePacks,
  metaOf,
  type PackSpan,
  packedCount,
  packLoose,
  unpack,
} from './packedLog';
import { SqliteCommentStore } from './SqliteCommentStore';
import { SqlitePacks } from './SqlitePacks';
import { SqliteSignoffStore } from './SqliteSignoffStore';
import { SqliteVersionStore } from './SqliteVersionStore';
import { WalCheckpointer } from './WalCheckpointer';

interface DocumentRow {
  id: string;
  workspace_id: string | null;
  type: string;
  title: string;
  created_at: number;
  updated_at: number;
}
interface UpdateRow {
  seq: number;
  data: Buffer;
  created_at: number;
  conn_id: string;
  user_id: string | null;
  client_ids: string;
}
type MetaRow = Omit<UpdateRow, 'data'>;
interface DeletesRow extends MetaRow {
  deletes: Buffer | null;
}
interface CheckpointRow {
  seq: number;
  state: Buffer;
  created_at: number;
  encoding: number;
}

export type SqliteStoreOptions =
  /** Directory holding `tandem.db`, or `:memory:` for a private in-memory database. */
  | { dataDir: string }
  /** A handle opened with openDatabase, shared with the account store. */
  | { db: SqliteDatabase; log?: Logger };

/**
 * The default store: one SQLite file in WAL mode. A committed append is in the WAL before the
 * promise resolves, so it survives a crash of the process (synchronous=NORMAL); an OS crash
 * or power cut may lose the last transactions, which FULL would prevent at a cost per write.
 */
export class SqliteDocumentStore implements DocumentStore {
  readonly db: SqliteDatabase;
  private readonly stmt;
  private readonly packs: SqlitePacks;
  private history: HistoryStores | null = null;
  /** The append transaction, made once (making it per call cost ~20 us an append). */
  private readonly append: Transaction<SqliteDocumentStore['appendRows']>;
  /** Copies the WAL into the file off the event loop; none for an in-memory database. */
  private readonly checkpointer: WalCheckpointer | null;

  constructor(options: SqliteStoreOptions) {
    this.db = 'db' in options ? options.db : openDatabase(options.dataDir);
    this.checkpointer = this.db.memory
      ? null
      : new WalCheckpointer(this.db, 'log' in options ? options.log : undefined);
    this.packs = new SqlitePacks(this.db);
    this.stmt = {
      insertDoc: this.db.prepare(
        `INSERT INTO documents (id, workspace_id, type, title, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      getDoc: this.db.prepare('SELECT * FROM documents WHERE id = ? AND deleted_at IS NULL'),
      listDocs: this.db.prepare(
        'SELECT * FROM documents WHERE deleted_at IS NULL ORDER BY updated_at DESC, id',
      ),
      listWorkspaceDocs: this.db.prepare(
        `SELECT * FROM documents WHERE deleted_at IS NULL
         AND workspace_id IN (SELECT value FROM json_each(?)) ORDER BY updated_at DESC, id`,
      ),
      deleteDoc: this.db.prepare('UPDATE documents SET deleted_at = ? WHERE id = ?'),
      // Two probes of primary keys: a fully packed log has no loose row left.
      maxSeq: this.db.prepare(
        `SELECT MAX(seq) AS seq FROM (
           SELECT MAX(seq) AS seq FROM doc_updates WHERE doc_id = ?
           UNION ALL SELECT MAX(last_seq) FROM doc_log_packs WHERE doc_id = ?)`,
      ),
      insertUpdate: this.db.prepare(
        `INSERT INTO doc_updates (doc_id, seq, data, created_at, conn_id, user_id, client_ids)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      claimClient: this.db.prepare(
        `INSERT OR IGNORE INTO doc_client_owners (doc_id, client_id, user_id, first_seq)
         VALUES (?, ?, ?, ?)`,
      ),
      clientOwners: this.db.prepare(
        'SELECT client_id, user_id FROM doc_client_owners WHERE doc_id = ?',
      ),
      ping: this.db.prepare(
        `INSERT INTO store_health (id, checked_at) VALUES (1, ?)
         ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at`,
      ),
      touchDoc: this.db.prepare('UPDATE documents SET updated_at = ? WHERE id = ?'),
      updatesBetween: this.db.prepare(
        'SELECT seq, data FROM doc_updates WHERE doc_id = ? AND seq > ? AND seq <= ? ORDER BY seq',
      ),
      readUpdates: this.db.prepare(
        `SELECT seq, data, created_at, conn_id, user_id, client_ids FROM doc_updates
         WHERE doc_id = ? AND seq > ? AND seq <= ? ORDER BY seq`,
      ),
      updateMeta: this.db.prepare(
        `SELECT seq, created_at, conn_id, user_id, client_ids FROM doc_updates
         WHERE doc_id = ? AND seq > ? AND seq <= ? ORDER BY seq`,
      ),
      // The payload only of updates that delete something. A v1 update ends with its delete
      // set, whose last varuint is the length of the last deleted range (never 0), or the
      // client count 0 when nothing was deleted; most updates are typing with no deletions.
      updateDeletes: this.db.prepare(
        `SELECT seq, created_at, conn_id, user_id, client_ids,
           CASE WHEN substr(data, -1) <> x'00' THEN data END AS deletes
         FROM doc_updates WHERE doc_id = ? AND seq > ? ORDER BY seq`,
      ),
      seqAtTime: this.db.prepare(
        'SELECT MAX(seq) AS seq FROM doc_updates WHERE doc_id = ? AND created_at <= ?',
      ),
      firstSince: this.db
        .prepare(
          'SELECT seq FROM doc_updates WHERE doc_id = ? AND created_at >= ? ORDER BY seq LIMIT 1',
        )
        .pluck(),
      timesBefore: this.db.prepare(
        'SELECT seq, created_at FROM doc_updates WHERE doc_id = ? AND seq < ? ORDER BY seq',
      ),
      insertCheckpoint: this.db.prepare(
        `INSERT OR IGNORE INTO doc_checkpoints (doc_id, seq, state, created_at, encoding)
         VALUES (?, ?, ?, ?, ?)`,
      ),
      latestCheckpoint: this.db.prepare(
        `SELECT seq, state, created_at, encoding FROM doc_checkpoints
         WHERE doc_id = ? AND seq <= ? ORDER BY seq DESC LIMIT 1`,
      ),
      countUpdates: this.db.prepare(
        'SELECT COUNT(*) AS n FROM doc_updates WHERE doc_id = ? AND seq > ? AND seq <= ?',
      ),
      deleteCheckpoint: this.db.prepare('DELETE FROM doc_checkpoints WHERE doc_id = ? AND seq = ?'),
      checkpointSeqs: this.db
        .prepare('SELECT seq FROM doc_checkpoints WHERE doc_id = ? ORDER BY seq')
        .pluck(),
      versionSeqs: this.db.prepare('SELECT seq FROM doc_versions WHERE doc_id = ?').pluck(),
      mergeUpdates: this.db.prepare(
        `DELETE FROM doc_updates WHERE doc_id = ? AND seq <= ?
         AND seq NOT IN (SELECT value FROM json_each(?))`,
      ),
      deleteLoose: this.db.prepare('DELETE FROM doc_updates WHERE doc_id = ? AND seq <= ?'),
      mergeCheckpoints: this.db.prepare(
        `DELETE FROM doc_checkpoints WHERE doc_id = ? AND seq <= ?
         AND seq NOT IN (SELECT value FROM json_each(?))`,
      ),
    };
    this.append = this.db.transaction(
      (docId: string, entries: readonly AppendEntry[], now: number) =>
        this.appendRows(docId, entries, now),
    );
  }

  async createDocument(doc: NewDocument) {
    const now = Date.now();
    const workspaceId = doc.workspaceId ?? null;
    this.run(() => this.stmt.insertDoc.run(doc.id, workspaceId, doc.type, doc.title, now, now));
    return {
      id: doc.id,
      type: doc.type,
      title: doc.title,
      workspaceId,
      createdAt: now,
      updatedAt: now,
    };
  }

  async getDocument(id: string) {
    const row = this.run(() => this.stmt.getDoc.get(id) as DocumentRow | undefined);
    return row ? toRecord(row) : null;
  }

  async listDocuments(filter?: { workspaceIds: readonly string[] }) {
    return this.run(() => {
      const rows = filter
        ? this.stmt.listWorkspaceDocs.all(JSON.stringify(filter.workspaceIds))
        : this.stmt.listDocs.all();
      return (rows as DocumentRow[]).map(toRecord);
    });
  }

  async deleteDocument(id: string) {
    this.run(() => {
      if (this.stmt.deleteDoc.run(Date.now(), id).changes === 0) {
        throw new StoreError(`document ${id} does not exist`);
      }
    });
  }

  async appendUpdate(docId: string, update: Uint8Array, source: UpdateSource) {
    const [seq] = await this.appendUpdates(docId, [{ update, source }]);
    return seq as number;
  }

  /** One transaction for the whole batch: the rooms log the updates of one turn together. */
  async appendUpdates(docId: string, entries: readonly AppendEntry[]) {
    if (entries.length === 0) return [];
    // IMMEDIATE: take the write lock before reading the next seq, so two processes on one
    // file wait on busy_timeout instead of failing with SQLITE_BUSY on the upgrade.
    return this.run(() => this.append.immediate(docId, entries, Date.now()));
  }

  /** A batch of appends' rows, in the transaction `append` runs them in. */
  private appendRows(docId: string, entries: readonly AppendEntry[], now: number): number[] {
    let seq = this.nextSeq(docId) - 1;
    const seqs = entries.map(({ update, source }) => {
      seq += 1;
      this.stmt.insertUpdate.run(
        docId,
        seq,
        update,
        now,
        source.connId,
        source.userId,
        JSON.stringify(source.clientIds),
      );
      for (const id of source.clientIds) this.stmt.claimClient.run(docId, id, source.userId, seq);
      return seq;
    });
    this.stmt.touchDoc.run(now, docId);
    return seqs;
  }

  /** Both reads run in one synchronous call, so no merge of this process falls between them. */
  async loadState(docId: string, atSeq = Number.MAX_SAFE_INTEGER): Promise<StoredState> {
    return this.run(() => {
      const checkpoint = this.checkpointAt(docId, atSeq);
      const after = checkpoint?.seq ?? 0;
      const loose = this.stmt.updatesBetween.all(docId, after, atSeq) as UpdateRow[];
      const rows = inSeqOrder(
        this.packs.between(docId, after, atSeq).map((u) => ({ seq: u.seq, update: u.update })),
        loose.map((r) => ({ seq: r.seq, update: toBytes(r.data) })),
      );
      const lastSeq = rows.at(-1)?.seq ?? checkpoint?.seq ?? 0;
      return {
        checkpoint,
        updates: rows.map((r) => r.update),
        updateSeqs: rows.map((r) => r.seq),
        lastSeq,
      };
    });
  }

  async readUpdates(docId: string, afterSeq: number, uptoSeq = Number.MAX_SAFE_INTEGER) {
    return this.run(() =>
      inSeqOrder(
        this.packs.between(docId, afterSeq, uptoSeq),
        (this.stmt.readUpdates.all(docId, afterSeq, uptoSeq) as UpdateRow[]).map(toLogged),
      ),
    );
  }

  async updateMeta(docId: string, afterSeq: number, uptoSeq = Number.MAX_SAFE_INTEGER) {
    return this.run(() =>
      inSeqOrder(
        this.packs.between(docId, afterSeq, uptoSeq).map(metaOf),
        (this.stmt.updateMeta.all(docId, afterSeq, uptoSeq) as MetaRow[]).map(toMeta),
      ),
    );
  }

  async updateDeletes(docId: string, afterSeq: number): Promise<UpdateDeletes[]> {
    return this.run(() =>
      inSeqOrder(
        this.packs.between(docId, afterSeq, Number.MAX_SAFE_INTEGER).map(deletesOf),
        (this.stmt.updateDeletes.all(docId, afterSeq) as DeletesRow[]).map((r) => ({
          ...toMeta(r),
          deletes: r.deletes ? toBytes(r.deletes) : null,
        })),
      ),
    );
  }

  async lastSeq(docId: string) {
    return this.run(() => this.nextSeq(docId) - 1);
  }

  async seqAtTime(docId: string, time: number) {
    return this.run(() => {
      const loose = (this.stmt.seqAtTime.get(docId, time) as { seq: number | null }).seq ?? 0;
      const packed = this.packs.madeBy(docId, time).filter((u) => u.createdAt <= time);
      return Math.max(loose, packed.at(-1)?.seq ?? 0);
    });
  }

  /** Two index probes in one synchronous call: the first update at or after `before`, then the run before it. */
  async updateTimesBefore(docId: string, before: number) {
    return this.run(() => {
      const packedFirst = this.packs
        .madeSince(docId, before)
        .find((u) => u.createdAt >= before)?.seq;
      const looseFirst = this.stmt.firstSince.get(docId, before) as number | undefined;
      const first = Math.min(packedFirst ?? Infinity, looseFirst ?? Number.MAX_SAFE_INTEGER);
      const rows = this.stmt.timesBefore.all(docId, first) as { seq: number; created_at: number }[];
      return inSeqOrder(
        this.packs.between(docId, 0, first - 1),
        rows.map((r) => ({ seq: r.seq, createdAt: r.created_at })),
      ).map((r) => ({ seq: r.seq, createdAt: r.createdAt }));
    });
  }

  async writeCheckpoint(docId: string, seq: number, state: Uint8Array) {
    const stored = await encodeCheckpointState(state);
    this.run(() =>
      this.db
        .transaction(() => {
          if (seq > this.nextSeq(docId) - 1) {
            throw new StoreError(`checkpoint ${seq} is beyond the end of the log of ${docId}`);
          }
          this.stmt.insertCheckpoint.run(docId, seq, stored.data, Date.now(), stored.encoding);
          failpoint('checkpoint-write');
        })
        .immediate(),
    );
  }

  async latestCheckpoint(docId: string, atOrBefore = Number.MAX_SAFE_INTEGER) {
    return this.run(() => this.checkpointAt(docId, atOrBefore));
  }

  async checkpointSeqs(docId: string) {
    return this.run(() => this.stmt.checkpointSeqs.all(docId) as number[]);
  }

  async mergeHistory(docId: string, plan: MergePlan) {
    return this.run(() =>
      this.db
        .transaction(() => {
          const checkpoints = new Set(this.stmt.checkpointSeqs.all(docId) as number[]);
          const versions = this.stmt.versionSeqs.all(docId) as number[];
          const keepSeqs = [...plan.keepSeqs, ...versions];
          const keep = keptSeqs(docId, { ...plan, keepSeqs }, this.nextSeq(docId) - 1, checkpoints);
          const kept = JSON.stringify(keep);
          const loose = this.stmt.mergeUpdates.run(docId, plan.uptoSeq, kept).changes;
          const packs = this.packs.rowsBetween(docId, 0, plan.uptoSeq);
          const merged = mergePacks(docId, packs, plan.uptoSeq, new Set(keep));
          this.packs.change(docId, merged);
          const updatesDeleted = loose + merged.updatesDeleted;
          failpoint('merge');
          return {
            updatesDeleted,
            checkpointsDeleted: this.stmt.mergeCheckpoints.run(docId, plan.uptoSeq, kept).changes,
          };
        })
        .immediate(),
    );
  }

  async pruneCheckpoints(docId: string, seqs: readonly number[]) {
    if (seqs.length === 0) return 0;
    return this.run(() =>
      this.db
        .transaction(() => {
          const checkpoints = this.stmt.checkpointSeqs.all(docId) as number[];
          const spans = this.packs.spans(docId);
          // A grown pack holds several checkpoints: decoded once for all of them.
          const decoded = new Map<number, number[]>();
          const seqsOf = (span: PackSpan) => {
            let seqs = decoded.get(span.lastSeq);
            if (!seqs) {
              seqs = unpack(docId, this.packs.pack(docId, span.lastSeq)).map((u) => u.seq);
              decoded.set(span.lastSeq, seqs);
            }
            return seqs;
          };
          const complete = (after: number, upto: number) =>
            (this.stmt.countUpdates.get(docId, after, upto) as { n: number }).n +
              packedCount(spans, after, upto, seqsOf) ===
            upto - after;
          const prunable = prunableCheckpoints(checkpoints, new Set(seqs), complete);
          for (const seq of prunable) this.stmt.deleteCheckpoint.run(docId, seq);
          return prunable.length;
        })
        .immediate(),
    );
  }

  /**
   * One IMMEDIATE transaction: the newest pack, grown by the loose rows, or a new one goes in
   * and the loose rows out together, so every read (one synchronous call) sees each update
   * exactly once.
   */
  async packLog(docId: string, uptoSeq: number) {
    return this.run(() => {
      const packed = this.db
        .transaction(() => {
          const loose = (this.stmt.readUpdates.all(docId, 0, uptoSeq) as UpdateRow[]).map(toLogged);
          const first = loose[0];
          const last = loose.at(-1);
          if (!first || !last) return 0;
          const tip = this.packs.tip(docId);
          const growing = grows(tip, first.seq) ? this.packs.pack(docId, tip.lastSeq) : null;
          this.packs.change(docId, packLoose(docId, growing, loose));
          failpoint('pack');
          if (growing) failpoint('pack-grow');
          this.stmt.deleteLoose.run(docId, last.seq);
          return loose.length;
        })
        .immediate();
      if (packed > 0) this.shrinkFiles();
      return packed;
    });
  }

  async clientOwners(docId: string) {
    return this.run(() => {
      const rows = this.stmt.clientOwners.all(docId) as {
        client_id: number;
        user_id: string | null;
      }[];
      return new Map(rows.map((r) => [r.client_id, r.user_id]));
    });
  }

  /** Built on first use over this store's handle, which they share with the log. */
  historyStores(): HistoryStores {
    this.history ??= {
      versions: new SqliteVersionStore(this.db),
      comments: new SqliteCommentStore(this.db),
      signoffs: new SqliteSignoffStore(this.db),
    };
    return this.history;
  }

  /** A real write, so a full disk or a read-only file makes /readyz fail. */
  async ping() {
    this.run(() => this.stmt.ping.run(Date.now()));
  }

  async close() {
    await this.checkpointer?.stop();
    if (this.db.open) this.db.close();
  }

  private checkpointAt(docId: string, atOrBefore: number): Checkpoint | null {
    const row = this.stmt.latestCheckpoint.get(docId, atOrBefore) as CheckpointRow | undefined;
    if (!row) return null;
    const state = decodeCheckpointState({ encoding: row.encoding, data: toBytes(row.state) });
    return { seq: row.seq, state, createdAt: row.created_at };
  }

  /**
   * Gives the pages the loose rows and pruned checkpoints held back to the file system. The WAL
   * is the checkpointer's to copy and empty, off the event loop; without one (it failed), it is
   * copied and truncated here: otherwise the WAL stays up to ~4 MB (1,000 pages) until a later
   * write. That never waits: with another process reading, the WAL stays for a later pack.
   */
  private shrinkFiles() {
    this.db.pragma('incremental_vacuum');
    if (this.checkpointer?.running) return;
    const timeout = this.db.pragma('busy_timeout', { simple: true }) as number;
    this.db.pragma('busy_timeout = 0');
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.pragma(`busy_timeout = ${timeout}`);
    }
  }

  /**
   * The next sequence number, read from the log's primary key (one index probe) rather than
   * cached: a cache would hold an entry for every document ever written to.
   */
  private nextSeq(docId: string): number {
    return ((this.stmt.maxSeq.get(docId, docId) as { seq: number | null }).seq ?? 0) + 1;
  }

  /** Every failure of the database surfaces as a StoreError with the driver's reason. */
  private run<T>(fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      if (err instanceof StoreError) throw err;
      const code = (err as { code?: unknown }).code;
      throw new StoreError(`sqlite: ${typeof code === 'string' ? `${code}: ` : ''}${String(err)}`, {
        cause: err,
      });
    }
  }
}

function toRecord(row: DocumentRow): DocumentRecord {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    type: DocumentType.parse(row.type),
    title: row.title,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toLogged(row: UpdateRow): LoggedUpdate {
  return { ...toMeta(row), update: toBytes(row.data) };
}

function toMeta(row: MetaRow): UpdateMeta {
  return {
    seq: row.seq,
    createdAt: row.created_at,
    connId: row.conn_id,
    userId: row.user_id,
    clientIds: JSON.parse(row.client_ids) as number[],
  };
}

/** better-sqlite3 returns Buffers; Yjs wants plain Uint8Arrays over the same memory. */
function toBytes(buf: Buffer): Uint8Array {
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
