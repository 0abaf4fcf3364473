import type { LoggedUpdate } from './DocumentStore';
import type { SqliteDatabase } from './openDatabase';
import {
  type NewPack,
  type PackChange,
  type PackRow,
  type PackSpan,
  type PackTip,
  unpack,
  unpackRange,
} from './packedLog';

interface PackSpanRow {
  first_seq: number;
  last_seq: number;
  count: number;
}
interface PackDataRow extends PackSpanRow {
  data: Buffer;
}
interface PackTipRow extends PackSpanRow {
  size: number;
}

/**
 * The SQLite statements of the log's packs (packedLog.ts), as postgres/packQueries.ts are
 * PostgreSQL's. Synchronous like the rest of the store: callers run them inside its
 * transactions and its one-call reads.
 */
export class SqlitePacks {
  private readonly stmt;

  constructor(db: SqliteDatabase) {
    this.stmt = {
      between: db.prepare(
        `SELECT first_seq, last_seq, count, data FROM doc_log_packs
         WHERE doc_id = ? AND last_seq > ? AND first_seq <= ? ORDER BY last_seq`,
      ),
      spans: db.prepare(
        'SELECT first_seq, last_seq, count FROM doc_log_packs WHERE doc_id = ? ORDER BY last_seq',
      ),
      pack: db.prepare(
        `SELECT first_seq, last_seq, count, data FROM doc_log_packs
         WHERE doc_id = ? AND last_seq = ?`,
      ),
      // length() of a blob reads its size from the record header, not its overflow pages.
      tip: db.prepare(
        `SELECT first_seq, last_seq, count, length(data) AS size FROM doc_log_packs
         WHERE doc_id = ? ORDER BY last_seq DESC LIMIT 1`,
      ),
      // The newest pack holding an update made at or before a time, and the oldest holding one
      // made at or after it: the only packs the lookups by time decode.
      madeBy: db.prepare(
        `SELECT first_seq, last_seq, count, data FROM doc_log_packs
         WHERE doc_id = ? AND min_created_at <= ? ORDER BY last_seq DESC LIMIT 1`,
      ),
      madeSince: db.prepare(
        `SELECT first_seq, last_seq, count, data FROM doc_log_packs
         WHERE doc_id = ? AND max_created_at >= ? ORDER BY last_seq LIMIT 1`,
      ),
      insert: db.prepare(
        `INSERT INTO doc_log_packs
           (doc_id, last_seq, first_seq, count, min_created_at, max_created_at, data)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      remove: db.prepare('DELETE FROM doc_log_packs WHERE doc_id = ? AND last_seq = ?'),
    };
  }

  /** The packed updates with `afterSeq < seq <= uptoSeq`, in seq order. */
  between(docId: string, afterSeq: number, uptoSeq: number): LoggedUpdate[] {
    return unpackRange(docId, this.rowsBetween(docId, afterSeq, uptoSeq), afterSeq, uptoSeq);
  }

  /** The packs holding any update with `afterSeq < seq <= uptoSeq`, undecoded. */
  rowsBetween(docId: string, afterSeq: number, uptoSeq: number): PackRow[] {
    return (this.stmt.between.all(docId, afterSeq, uptoSeq) as PackDataRow[]).map(toPack);
  }

  spans(docId: string): PackSpan[] {
    return (this.stmt.spans.all(docId) as PackSpanRow[]).map(toSpan);
  }

  /** The pack whose last update is `lastSeq`. */
  pack(docId: string, lastSeq: number): PackRow {
    return toPack(this.stmt.pack.get(docId, lastSeq) as PackDataRow);
  }

  /** The newest pack, without its data. */
  tip(docId: string): PackTip | undefined {
    const row = this.stmt.tip.get(docId) as PackTipRow | undefined;
    return row && { ...toSpan(row), size: row.size };
  }

  /** The updates of the newest pack holding one made at or before `time`. */
  madeBy(docId: string, time: number): LoggedUpdate[] {
    const row = this.stmt.madeBy.get(docId, time) as PackDataRow | undefined;
    return row ? unpack(docId, toPack(row)) : [];
  }

  /** The updates of the oldest pack holding one made at or after `time`. */
  madeSince(docId: string, time: number): LoggedUpdate[] {
    const row = this.stmt.madeSince.get(docId, time) as PackDataRow | undefined;
    return row ? unpack(docId, toPack(row)) : [];
  }

  /** Deletes first: a rewritten pack may keep its key. */
  change(docId: string, change: PackChange): void {
    for (const lastSeq of change.remove) this.stmt.remove.run(docId, lastSeq);
    for (const pack of change.insert) this.insert(docId, pack);
  }

  private insert(docId: string, p: NewPack): void {
    this.stmt.insert.run(
      docId,
      p.lastSeq,
      p.firstSeq,
      p.count,
      p.minCreatedAt,
      p.maxCreatedAt,
      p.data,
    );
  }
}

function toSpan(row: PackSpanRow): PackSpan {
  return { firstSeq: row.first_seq, lastSeq: row.last_seq, count: row.count };
}

function toPack(row: PackDataRow): PackRow {
  const data = new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength);
  return { ...toSpan(row), data };
}
