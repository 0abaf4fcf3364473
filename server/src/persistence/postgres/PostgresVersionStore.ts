import { randomUUID } from 'node:crypto';
import type { VersionKind } from '@tandem/protocol';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type {
  IndexBatch,
  IndexedClient,
  NewVersionRecord,
  VersionRecord,
  VersionStore,
} from '../VersionStore';
import type { Database, DocVersionsTable } from './Database';
import { withStoreError } from './withStoreError';

/** Deletion rows per INSERT: 6 parameters each, well under pg's 65,535 per statement. */
const INSERT_CHUNK = 1000;

/** Versions and the client-id and deletion indexes, in the same database as the update log. */
export class PostgresVersionStore implements VersionStore {
  constructor(private readonly db: Kysely<Database>) {}

  async add(input: NewVersionRecord): Promise<VersionRecord> {
    const record: VersionRecord = { ...input, id: randomUUID(), createdAt: Date.now() };
    await this.run((db) =>
      db
        .insertInto('doc_versions')
        .values({
          id: record.id,
          doc_id: record.docId,
          seq: record.seq,
          kind: record.kind,
          label: record.label,
          reason: record.reason,
          created_by: record.createdBy,
          created_at: record.createdAt,
          state_hash: record.stateHash,
          authors: JSON.stringify(record.authors),
          summary: record.summary,
        })
        .execute(),
    );
    return record;
  }

  async list(docId: string): Promise<VersionRecord[]> {
    const rows = await this.run((db) =>
      db
        .selectFrom('doc_versions')
        .selectAll()
        .where('doc_id', '=', docId)
        .orderBy('seq')
        .orderBy('created_at')
        .execute(),
    );
    return rows.map(toRecord);
  }

  async get(docId: string, id: string): Promise<VersionRecord | null> {
    const row = await this.run((db) =>
      db
        .selectFrom('doc_versions')
        .selectAll()
        .where('doc_id', '=', docId)
        .where('id', '=', id)
        .executeTakeFirst(),
    );
    return row ? toRecord(row) : null;
  }

  async indexedSeq(docId: string): Promise<number> {
    const row = await this.run((db) =>
      db
        .selectFrom('doc_client_index')
        .select('indexed_seq')
        .where('doc_id', '=', docId)
        .executeTakeFirst(),
    );
    return row?.indexed_seq ?? 0;
  }

  /**
   * Moves the index's end from `afterSeq` to `throughSeq` first, in one conditional statement
   * that locks its row: an indexer on another node waits on it, finds the end moved and writes
   * nothing. Then the batch's rows, in the same transaction.
   */
  async addToIndex(docId: string, batch: IndexBatch): Promise<boolean> {
    return this.run((db) =>
      db.transaction().execute(async (trx) => {
        if (!(await claimStretch(trx, docId, batch))) return false;
        const clients = firstSeen(batch.clients);
        if (clients.length > 0) {
          await trx
            .insertInto('doc_client_ids')
            .values(clients.map((c) => ({ doc_id: docId, ...c })))
            .onConflict((oc) =>
              oc.columns(['doc_id', 'client_id']).doUpdateSet((eb) => ({
                user_id: eb.fn.coalesce('doc_client_ids.user_id', 'excluded.user_id'),
              })),
            )
            .execute();
        }
        const deletions = batch.deletions.map((d) => ({
          doc_id: docId,
          client_id: d.clientId,
          clock: d.clock,
          len: d.len,
          seq: d.seq,
          user_id: d.userId,
        }));
        for (let i = 0; i < deletions.length; i += INSERT_CHUNK) {
          await trx
            .insertInto('doc_deletions')
            .values(deletions.slice(i, i + INSERT_CHUNK))
            .execute();
        }
        return true;
      }),
    );
  }

  async indexedClients(docId: string): Promise<Map<number, string | null>> {
    const rows = await this.run((db) =>
      db
        .selectFrom('doc_client_ids')
        .select(['client_id', 'user_id'])
        .where('doc_id', '=', docId)
        .execute(),
    );
    return new Map(rows.map((r) => [r.client_id, r.user_id]));
  }

  async assignClient(docId: string, clientId: number, userId: string, seq: number): Promise<void> {
    await this.run((db) =>
      db
        .insertInto('doc_client_ids')
        .values({ doc_id: docId, client_id: clientId, user_id: userId, first_seq: seq })
        .onConflict((oc) =>
          oc
            .columns(['doc_id', 'client_id'])
            .doUpdateSet({ user_id: (eb) => eb.ref('excluded.user_id') }),
        )
        .execute(),
    );
  }

  async deletions(docId: string, clientId: number, afterSeq: number, uptoSeq: number) {
    const rows = await this.run((db) =>
      db
        .selectFrom('doc_deletions')
        .select(['clock', 'len', 'user_id'])
        .where('doc_id', '=', docId)
        .where('client_id', '=', clientId)
        .where('seq', '>', afterSeq)
        .where('seq', '<=', uptoSeq)
        .orderBy('clock')
        .execute(),
    );
    return rows.map((r) => ({ clock: r.clock, len: r.len, userId: r.user_id }));
  }

  private run<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    return withStoreError(() => fn(this.db));
  }
}

/** Whether the index's end moved from `afterSeq` to `throughSeq` (false: someone else's did). */
async function claimStretch(
  trx: Transaction<Database>,
  docId: string,
  { afterSeq, throughSeq }: IndexBatch,
): Promise<boolean> {
  if (afterSeq === 0) {
    // The first batch makes the row; a concurrent first batch conflicts and updates nothing.
    const row = await trx
      .insertInto('doc_client_index')
      .values({ doc_id: docId, indexed_seq: throughSeq })
      .onConflict((oc) =>
        oc
          .column('doc_id')
          .doUpdateSet({ indexed_seq: throughSeq })
          .where('doc_client_index.indexed_seq', '=', 0),
      )
      .returning('doc_id')
      .executeTakeFirst();
    return row !== undefined;
  }
  const moved = await trx
    .updateTable('doc_client_index')
    .set({ indexed_seq: throughSeq })
    .where('doc_id', '=', docId)
    .where('indexed_seq', '=', afterSeq)
    .executeTakeFirst();
  return moved.numUpdatedRows === 1n;
}

/**
 * One row per client id, as SQLite's row-by-row upsert leaves it: the seq of its first
 * appearance, and the first person seen with it (a server-made update leaves it unowned until
 * one is). One statement may not upsert a key twice.
 */
function firstSeen(clients: readonly IndexedClient[]) {
  const rows = new Map<number, { client_id: number; user_id: string | null; first_seq: number }>();
  for (const c of clients) {
    const row = rows.get(c.clientId);
    if (!row) rows.set(c.clientId, { client_id: c.clientId, user_id: c.userId, first_seq: c.seq });
    else row.user_id ??= c.userId;
  }
  return [...rows.values()];
}

function toRecord(r: Selectable<DocVersionsTable>): VersionRecord {
  return {
    id: r.id,
    docId: r.doc_id,
    seq: r.seq,
    kind: r.kind as VersionKind,
    label: r.label,
    reason: r.reason,
    createdBy: r.created_by,
    createdAt: r.created_at,
    stateHash: r.state_hash,
    authors: r.authors,
    summary: r.summary,
  };
}
