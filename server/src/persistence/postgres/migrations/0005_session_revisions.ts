import type { Kysely } from 'kysely';

/**
 * Committee sessions get a revision, so nodes sharing the database save a session's changes
 * with optimistic concurrency (SQLite 10). Sessions stored before start at 0.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('committee_sessions')
    .addColumn('revision', 'int8', (c) => c.notNull().defaultTo(0))
    .execute();
}
