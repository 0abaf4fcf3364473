import { randomUUID } from 'node:crypto';
import type { VersionKind } from '@tandem/protocol';
import type { SqliteDatabase } from '../persistence';

export interface VersionRecord {
  id: string;
  docId: string;
  seq: number;
  kind: VersionKind;
  label: string | null;
  reason: string | null;
  createdBy: string | null;
  createdAt: number;
  stateHash: string;
  /** Users whose updates fall between the previous version and this one. */
  authors: string[];
  summary: string;
}

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

/** What one logged update says about its author, without its (possibly large) payload. */
export interface UpdateMeta {
  seq: number;
  connId: string;
  userId: string | null;
  clientIds: number[];
  createdAt: number;
}

/**
 * Versions and the client-id table, in the same SQLite file as the update log. The client-id
 * table is filled from the log's metadata and kept even if old log rows are ever merged away,
 * so attribution never depends on the log being complete.
 */
export class VersionStore {
  private readonly stmt;

  constructor(readonly db: SqliteDatabase) {
    this.stmt = {
      insert: db.prepare(
        `INSERT INTO doc_versions (id, doc_id, seq, kind, label, reason, created_by, created_at,
           state_hash, authors, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      list: db.prepare('SELECT * FROM doc_versions WHERE doc_id = ? ORDER BY seq, created_at'),
      get: db.prepare('SELECT * FROM doc_versions WHERE doc_id = ? AND id = ?'),
      latest: db.prepare(
        'SELECT * FROM doc_versions WHERE doc_id = ? ORDER BY seq DESC, created_at DESC LIMIT 1',
      ),
      meta: db.prepare(
        `SELECT seq, conn_id, user_id, client_ids, created_at FROM doc_updates
         WHERE doc_id = ? AND seq > ? AND seq <= ? ORDER BY seq`,
      ),
      lastSeq: db.prepare('SELECT MAX(seq) AS seq FROM doc_updates WHERE doc_id = ?'),
      seqAtTime: db.prepare(
        'SELECT MAX(seq) AS seq FROM doc_updates WHERE doc_id = ? AND created_at <= ?',
      ),
      indexed: db.prepare('SELECT indexed_seq FROM doc_client_index WHERE doc_id = ?'),
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
    };
  }

  add(input: Omit<VersionRecord, 'id' | 'createdAt'>): VersionRecord {
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

  list(docId: string): VersionRecord[] {
    return (this.stmt.list.all(docId) as VersionRow[]).map(toRecord);
  }

  get(docId: string, id: string): VersionRecord | null {
    const row = this.stmt.get.get(docId, id) as VersionRow | undefined;
    return row ? toRecord(row) : null;
  }

  latest(docId: string): VersionRecord | null {
    const row = this.stmt.latest.get(docId) as VersionRow | undefined;
    return row ? toRecord(row) : null;
  }

  lastSeq(docId: string): number {
    return (this.stmt.lastSeq.get(docId) as { seq: number | null }).seq ?? 0;
  }

  /** The newest logged update at or before `time` (0 when none). */
  seqAtTime(docId: string, time: number): number {
    return (this.stmt.seqAtTime.get(docId, time) as { seq: number | null }).seq ?? 0;
  }

  updateMeta(docId: string, afterSeq: number, uptoSeq: number): UpdateMeta[] {
    const rows = this.stmt.meta.all(docId, afterSeq, uptoSeq) as {
      seq: number;
      conn_id: string;
      user_id: string | null;
      client_ids: string;
      created_at: number;
    }[];
    return rows.map((r) => ({
      seq: r.seq,
      connId: r.conn_id,
      userId: r.user_id,
      clientIds: JSON.parse(r.client_ids) as number[],
      createdAt: r.created_at,
    }));
  }

  /** Yjs client id → user id, brought up to date with the log first. */
  clientUsers(docId: string): Map<number, string | null> {
    this.indexClients(docId);
    const rows = this.stmt.clients.all(docId) as { client_id: number; user_id: string | null }[];
    return new Map(rows.map((r) => [r.client_id, r.user_id]));
  }

  /** Records who a server-made change (a restore) acted for. */
  assignClient(docId: string, clientId: number, userId: string, seq: number): void {
    this.stmt.assignClient.run(docId, clientId, userId, seq);
  }

  private indexClients(docId: string): void {
    const from = (this.stmt.indexed.get(docId) as { indexed_seq: number } | undefined)?.indexed_seq;
    const metas = this.updateMeta(docId, from ?? 0, Number.MAX_SAFE_INTEGER);
    if (metas.length === 0) return;
    this.db.transaction(() => {
      for (const m of metas) {
        for (const c of m.clientIds) this.stmt.addClient.run(docId, c, m.userId, m.seq);
      }
      this.stmt.setIndexed.run(docId, metas.at(-1)?.seq ?? 0);
    })();
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
