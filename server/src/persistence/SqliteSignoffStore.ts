import type { Side } from '@tandem/domain';
import type { SqliteDatabase } from './openDatabase';
import {
  chainRecord,
  type Decision,
  GENESIS_HASH,
  type NewSignoff,
  type SignoffRecord,
  type SignoffStore,
} from './SignoffStore';

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

/** Sign-offs in the document's SQLite file (`doc_signoffs`), chained by position. */
export class SqliteSignoffStore implements SignoffStore {
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

  async add(input: NewSignoff): Promise<SignoffRecord> {
    // Read the tail and append in one transaction: two sign-offs never share a predecessor.
    return this.db
      .transaction(() => {
        const last = this.stmt.last.get(input.docId) as
          | { record_hash: string; chain_pos: number }
          | undefined;
        const record = chainRecord(input, last?.record_hash ?? GENESIS_HASH);
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
      })
      .immediate();
  }

  async list(docId: string): Promise<SignoffRecord[]> {
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
