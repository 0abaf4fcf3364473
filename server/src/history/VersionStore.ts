import { randomUUID } from 'node:crypto';
import type { VersionKind } from '@tandem/protocol';
import * as Y from 'yjs';
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
 * table is filled from the log's metadata and kept when old log rows are merged away (H15),
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
      // The log in seq order up to its first update at or after the cutoff (H15).
      firstSince: db
        .prepare(
          'SELECT seq FROM doc_updates WHERE doc_id = ? AND created_at >= ? ORDER BY seq LIMIT 1',
        )
        .pluck(),
      times: db.prepare(
        'SELECT seq, created_at FROM doc_updates WHERE doc_id = ? AND seq < ? ORDER BY seq',
      ),
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
      // The payload only of updates that delete something. A v1 update ends with its delete
      // set, whose last varuint is the length of the last deleted range (never 0), or the
      // client count 0 when nothing was deleted; most updates are typing with no deletions.
      toIndex: db.prepare(
        `SELECT seq, user_id, client_ids,
           CASE WHEN substr(data, -1) <> x'00' THEN data END AS deleting
         FROM doc_updates WHERE doc_id = ? AND seq > ? ORDER BY seq`,
      ),
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

  /**
   * When each logged update was made, for the run of the log before its first update at or
   * after `before`: the part of it that retention may merge (H15).
   */
  updateTimesBefore(docId: string, before: number): { seq: number; createdAt: number }[] {
    const first = this.stmt.firstSince.get(docId, before) as number | undefined;
    const rows = this.stmt.times.all(docId, first ?? Number.MAX_SAFE_INTEGER) as {
      seq: number;
      created_at: number;
    }[];
    return rows.map((r) => ({ seq: r.seq, createdAt: r.created_at }));
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

  /**
   * Indexes the log rows not indexed yet (client ids, deletions) and returns the seq the index
   * reaches. Retention calls it before it merges rows away (H8, H15).
   */
  indexedThrough(docId: string): number {
    this.indexClients(docId);
    return (this.stmt.indexed.get(docId) as { indexed_seq: number } | undefined)?.indexed_seq ?? 0;
  }

  /** Records who a server-made change (a restore) acted for. */
  assignClient(docId: string, clientId: number, userId: string, seq: number): void {
    this.stmt.assignClient.run(docId, clientId, userId, seq);
  }

  /**
   * Who deleted the given items between two seqs: the authors of the logged updates in the
   * range whose delete sets cover them (H6), from the deletion index rather than the log.
   */
  deleters(
    docId: string,
    fromSeq: number,
    toSeq: number,
    ids: readonly { client: number; clock: number }[],
  ): Map<string, string[]> {
    const found = new Map<string, string[]>();
    if (ids.length === 0) return found;
    this.indexClients(docId);
    const byClient = new Map<number, number[]>();
    for (const id of ids) {
      const clocks = byClient.get(id.client);
      if (clocks) clocks.push(id.clock);
      else byClient.set(id.client, [id.clock]);
    }
    for (const [client, clocks] of byClient) {
      clocks.sort((a, b) => a - b);
      const rows = this.stmt.deletions.all(docId, client, fromSeq, toSeq) as {
        clock: number;
        len: number;
        user_id: string | null;
      }[];
      for (const row of rows) {
        if (!row.user_id) continue;
        for (let i = lowerBound(clocks, row.clock); i < clocks.length; i++) {
          const clock = clocks[i] as number;
          if (clock >= row.clock + row.len) break;
          const key = `${client}:${clock}`;
          const users = found.get(key);
          if (!users) found.set(key, [row.user_id]);
          else if (!users.includes(row.user_id)) users.push(row.user_id);
        }
      }
    }
    return found;
  }

  /**
   * Brings the client-id table and the deletion index up to date with the log, in one pass over
   * the updates logged since the last one. Only updates that delete something are decoded.
   */
  private indexClients(docId: string): void {
    const from = (this.stmt.indexed.get(docId) as { indexed_seq: number } | undefined)?.indexed_seq;
    const rows = this.stmt.toIndex.all(docId, from ?? 0) as {
      seq: number;
      user_id: string | null;
      client_ids: string;
      deleting: Uint8Array | null;
    }[];
    if (rows.length === 0) return;
    this.db.transaction(() => {
      for (const r of rows) {
        for (const c of JSON.parse(r.client_ids) as number[]) {
          this.stmt.addClient.run(docId, c, r.user_id, r.seq);
        }
        if (!r.deleting) continue;
        for (const [client, ranges] of Y.decodeUpdate(r.deleting).ds.clients) {
          for (const range of ranges) {
            this.stmt.addDeletion.run(docId, client, range.clock, range.len, r.seq, r.user_id);
          }
        }
      }
      this.stmt.setIndexed.run(docId, rows.at(-1)?.seq ?? 0);
    })();
  }
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
