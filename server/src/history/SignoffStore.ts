import { createHash, randomUUID } from 'node:crypto';
import type { Side } from '@tandem/domain';
import type { SqliteDatabase } from '../persistence';

export type Decision = 'approve' | 'request-changes';

export interface SignoffRecord {
  id: string;
  docId: string;
  versionId: string;
  stateHash: string;
  userId: string;
  side: Side;
  decision: Decision;
  comment: string;
  createdAt: number;
  prevHash: string;
  recordHash: string;
}

interface SignoffRow {
  id: string;
  doc_id: string;
  version_id: string;
  state_hash: string;
  user_id: string;
  side: Side;
  decision: Decision;
  comment: string;
  created_at: number;
  chain_pos: number;
  prev_hash: string;
  record_hash: string;
}

/** The prev_hash of a document's first sign-off. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * H10: the hash of a record covers every other field, including the previous record's hash, so
 * editing, deleting or reordering any record breaks the chain from there on. Keys are sorted so
 * the JSON is canonical.
 */
export function recordHash(r: Omit<SignoffRecord, 'recordHash'>): string {
  const fields: Record<string, unknown> = { ...r };
  const canonical = JSON.stringify(Object.fromEntries(Object.entries(fields).sort()));
  return createHash('sha256').update(canonical).digest('hex');
}

/** Sign-offs per document, each chained to the one before it (append-only). */
export class SignoffStore {
  private readonly stmt;

  constructor(readonly db: SqliteDatabase) {
    this.stmt = {
      list: db.prepare('SELECT * FROM doc_signoffs WHERE doc_id = ? ORDER BY chain_pos'),
      last: db.prepare(
        'SELECT record_hash, chain_pos FROM doc_signoffs WHERE doc_id = ? ORDER BY chain_pos DESC LIMIT 1',
      ),
      insert: db.prepare(
        `INSERT INTO doc_signoffs (id, doc_id, version_id, state_hash, user_id, side, decision,
           comment, created_at, chain_pos, prev_hash, record_hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
  }

  add(input: Omit<SignoffRecord, 'id' | 'createdAt' | 'prevHash' | 'recordHash'>): SignoffRecord {
    // Read the tail and append in one transaction: two sign-offs never share a predecessor.
    return this.db.transaction(() => {
      const last = this.stmt.last.get(input.docId) as
        | { record_hash: string; chain_pos: number }
        | undefined;
      const base = {
        ...input,
        id: randomUUID(),
        createdAt: Date.now(),
        prevHash: last?.record_hash ?? GENESIS_HASH,
      };
      const record: SignoffRecord = { ...base, recordHash: recordHash(base) };
      this.stmt.insert.run(
        record.id,
        record.docId,
        record.versionId,
        record.stateHash,
        record.userId,
        record.side,
        record.decision,
        record.comment,
        record.createdAt,
        (last?.chain_pos ?? 0) + 1,
        record.prevHash,
        record.recordHash,
      );
      return record;
    })();
  }

  list(docId: string): SignoffRecord[] {
    return (this.stmt.list.all(docId) as SignoffRow[]).map((r) => ({
      id: r.id,
      docId: r.doc_id,
      versionId: r.version_id,
      stateHash: r.state_hash,
      userId: r.user_id,
      side: r.side,
      decision: r.decision,
      comment: r.comment,
      createdAt: r.created_at,
      prevHash: r.prev_hash,
      recordHash: r.record_hash,
    }));
  }
}

/** Chain problems: a record whose hash does not match its fields, or a broken link. */
export function verifyChain(records: readonly SignoffRecord[]) {
  const problems: { signoffId: string; problem: string }[] = [];
  let prev = GENESIS_HASH;
  for (const r of records) {
    const { recordHash: stored, ...rest } = r;
    if (r.prevHash !== prev) {
      problems.push({ signoffId: r.id, problem: 'does not follow the previous record' });
    }
    if (recordHash(rest) !== stored) {
      problems.push({ signoffId: r.id, problem: 'record was altered after it was signed' });
    }
    prev = stored;
  }
  return problems;
}
