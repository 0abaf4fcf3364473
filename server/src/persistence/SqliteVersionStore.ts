import { randomUUID } from 'node:crypto';
import type { VersionKind } from '@tandem/protocol';
import type { SqliteDatabase } from './openDatabase';
import type { IndexBatch, NewVersionRecord, VersionRecord, VersionStore } from './VersionStore';

interface VersionRow {
  id: string;
  doc_id: string;
  seq: number;
  kind: VersionKind;
  label: string | null;
  reason: string | null;
  created_by: string | null;
  created_at: number;
  state_hash: string;
  authors: string;
  summary: string;
}

/** Versions and the client-id and deletion indexes, in the same SQLite file as the update log. */
export class SqliteVersionStore implements VersionStore {
  private readonly stmt;

  constructor(private readonly db: SqliteDatabase) {
    this.stmt = {
      insert: db.prepare(
        `INSERT INTO doc_versions (id, doc_id, seq, kind, label, reason, created_by, created_at,
           state_hash, authors, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      list: db.prepare('SELECT * FROM doc_versions WHERE doc_id = ? ORDER BY seq, created_at'),
      get: db.prepare('SELECT * FROM doc_versions WHERE doc_id = ? AND id = ?'),
      indexed: db.prepare('SELECT indexed_seq FROM doc_client_index WHERE doc_id = ?').pluck(),
      setIndexed: db.prepare(
        `INSERT INTO doc_client_index (doc_id, indexed_seq) VALUES (?, ?)
         ON CONFLICT (doc_id) DO UPDATE SET indexed_seq = excluded.indexed_seq`,
      ),
      // The first author of a client id wins: a Yjs client id belongs to one browser session.
      addClient: db.prepare(
        `INSERT INTO doc_client_ids (doc_id, client_id, user_id, first_seq) VALUES (?, ?, ?, ?)
         ON CONFLICT (doc_id, client_id) DO UPDATE SET user_id = COALESCE(user_id, excluded.user_id)`,
      ),
      assignClient: db.prepare(
        `INSERT INTO doc_client_ids (doc_id, client_id, user_id, first_seq) VALUES (?, ?, ?, ?)
         ON CONFLICT (doc_id, client_id) DO UPDATE SET user_id = excluded.user_id`,
      ),
      clients: db.prepare('SELECT client_id, user_id FROM doc_client_ids WHERE doc_id = ?'),
      addDeletion: db.prepare(
        `INSERT INTO doc_deletions (doc_id, client_id, clock, len, seq, user_id)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      deletions: db.prepare(
        `SELECT clock, len, user_id FROM doc_deletions
         WHERE doc_id = ? AND client_id = ? AND seq > ? AND seq <= ? ORDER BY clock`,
      ),
    };
  }

  async add(input: NewVersionRecord): Promise<VersionRecord> {
    const record: VersionRecord = { ...input, id: randomUUID(), createdAt: Date.now() };
    this.stmt.insert.run(
      record.id,
      record.docId,
      record.seq,
      record.kind,
      record.label,
      record.reason,
      record.createdBy,
      record.createdAt,
      record.stateHash,
      JSON.stringify(record.authors),
      record.summary,
    );
    return record;
  }

  async list(docId: string): Promise<VersionRecord[]> {
    return (this.stmt.list.all(docId) as VersionRow[]).map(toRecord);
  }

  async get(docId: string, id: string): Promise<VersionRecord | null> {
    const row = this.stmt.get.get(docId, id) as VersionRow | undefined;
    return row ? toRecord(row) : null;
  }

  async indexedSeq(docId: string): Promise<number> {
    return this.readIndexedSeq(docId);
  }

  /**
   * One immediate transaction, the check included: another process indexing the same document
   * waits, then skips.
   */
  async addToIndex(docId: string, batch: IndexBatch): Promise<boolean> {
    return this.db
      .transaction(() => {
        if (this.readIndexedSeq(docId) !== batch.afterSeq) return false;
        for (const c of batch.clients) this.stmt.addClient.run(docId, c.clientId, c.userId, c.seq);
        for (const d of batch.deletions) {
          this.stmt.addDeletion.run(docId, d.clientId, d.clock, d.len, d.seq, d.userId);
        }
        this.stmt.setIndexed.run(docId, batch.throughSeq);
        return true;
      })
      .immediate();
  }

  async indexedClients(docId: string): Promise<Map<number, string | null>> {
    const rows = this.stmt.clients.all(docId) as { client_id: number; user_id: string | null }[];
    return new Map(rows.map((r) => [r.client_id, r.user_id]));
  }

  async assignClient(docId: string, clientId: number, userId: string, seq: number): Promise<void> {
    this.stmt.assignClient.run(docId, clientId, userId, seq);
  }

  async deletions(docId: string, clientId: number, afterSeq: number, uptoSeq: number) {
    const rows = this.stmt.deletions.all(docId, clientId, afterSeq, uptoSeq) as {
      clock: number;
      len: number;
      user_id: string | null;
    }[];
    return rows.map((r) => ({ clock: r.clock, len: r.len, userId: r.user_id }));
  }

  /** Synchronous, for use inside a transaction. */
  private readIndexedSeq(docId: string): number {
    return (this.stmt.indexed.get(docId) as number | undefined) ?? 0;
  }
}

function toRecord(r: VersionRow): VersionRecord {
  return {
    id: r.id,
    docId: r.doc_id,
    seq: r.seq,
    kind: r.kind,
    label: r.label,
    reason: r.reason,
    createdBy: r.created_by,
    createdAt: r.created_at,
    stateHash: r.state_hash,
    authors: JSON.parse(r.authors) as string[],
    summary: r.summary,
  };
}
