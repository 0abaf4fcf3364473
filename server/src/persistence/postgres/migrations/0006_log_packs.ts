import { type Kysely, sql } from 'kysely';
import { refTo, required } from './columns';

/**
 * Log packs and compressed checkpoints (SQLite 11): runs of logged updates a checkpoint covers
 * move from doc_updates into one compressed row each (packedLog.ts), keyed by their last seq;
 * a checkpoint's `encoding` says how its state is stored (0: a raw Yjs update, as every older
 * row; 1: brotli). Existing logs stay loose until their document's next checkpoint packs them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('doc_log_packs')
    .addColumn('doc_id', 'text', refTo('documents'))
    .addColumn('last_seq', 'int8', required)
    .addColumn('first_seq', 'int8', required)
    .addColumn('count', 'int4', required)
    .addColumn('min_created_at', 'int8', required)
    .addColumn('max_created_at', 'int8', required)
    .addColumn('data', 'bytea', required)
    .addPrimaryKeyConstraint('doc_log_packs_pkey', ['doc_id', 'last_seq'])
    .execute();
  // Packs and compressed states are compressed already: TOAST need not try again.
  await sql`ALTER TABLE doc_log_packs ALTER COLUMN data SET STORAGE EXTERNAL`.execute(db);
  await db.schema
    .alterTable('doc_checkpoints')
    .addColumn('encoding', 'int2', (c) => c.notNull().defaultTo(0))
    .execute();
}
