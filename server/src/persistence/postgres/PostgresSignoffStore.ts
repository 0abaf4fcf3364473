import type { Side } from '@tandem/domain';
import type { Kysely } from 'kysely';
import {
  chainRecord,
  type Decision,
  GENESIS_HASH,
  type NewSignoff,
  type SignoffRecord,
  type SignoffStore,
} from '../SignoffStore';
import type { Database } from './Database';
import { lockDocument } from './logQueries';
import { withStoreError } from './withStoreError';

/** Sign-offs in the document's database (`doc_signoffs`), chained by position. */
export class PostgresSignoffStore implements SignoffStore {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Reads the chain's end and appends in one transaction holding the document's row lock, so
   * two sign-offs on two nodes never share a predecessor; UNIQUE (doc_id, chain_pos) would
   * refuse the second if anything bypassed the lock.
   */
  async add(input: NewSignoff): Promise<SignoffRecord> {
    return this.run((db) =>
      db.transaction().execute(async (trx) => {
        await lockDocument(trx, input.docId, 'no key update');
        const last = await trx
          .selectFrom('doc_signoffs')
          .select(['record_hash', 'chain_pos'])
          .where('doc_id', '=', input.docId)
          .orderBy('chain_pos', 'desc')
          .limit(1)
          .executeTakeFirst();
        const record = chainRecord(input, last?.record_hash ?? GENESIS_HASH);
        await trx
          .insertInto('doc_signoffs')
          .values({
            id: record.id,
            doc_id: record.docId,
            version_id: record.versionId,
            state_hash: record.stateHash,
            user_id: record.userId,
            side: record.side,
            decision: record.decision,
            comment: record.comment,
            created_at: record.createdAt,
            chain_pos: (last?.chain_pos ?? 0) + 1,
            prev_hash: record.prevHash,
            record_hash: record.recordHash,
          })
          .execute();
        return record;
      }),
    );
  }

  async list(docId: string): Promise<SignoffRecord[]> {
    const rows = await this.run((db) =>
      db
        .selectFrom('doc_signoffs')
        .selectAll()
        .where('doc_id', '=', docId)
        .orderBy('chain_pos')
        .execute(),
    );
    return rows.map((r) => ({
      id: r.id,
      docId: r.doc_id,
      versionId: r.version_id,
      stateHash: r.state_hash,
      userId: r.user_id,
      side: r.side as Side,
      decision: r.decision as Decision,
      comment: r.comment,
      createdAt: r.created_at,
      prevHash: r.prev_hash,
      recordHash: r.record_hash,
    }));
  }

  private run<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    return withStoreError(() => fn(this.db));
  }
}
