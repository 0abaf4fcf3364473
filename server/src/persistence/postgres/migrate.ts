import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { Database } from './Database';
import * as accounts from './migrations/0001_accounts';
import * as documents from './migrations/0002_documents';
import * as history from './migrations/0003_history';
import * as sessionsPoliciesInbox from './migrations/0004_sessions_policies_inbox';
import * as sessionRevisions from './migrations/0005_session_revisions';
import * as logPacks from './migrations/0006_log_packs';

/**
 * Every migration, imported rather than looked up on disk, so a compiled or bundled server
 * carries them. Kysely applies them in name order, each in its own transaction, records them
 * in `kysely_migration` and holds an advisory lock meanwhile, so nodes starting together
 * migrate once. Append new ones; never edit one that has shipped.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_accounts': accounts,
  '0002_documents': documents,
  '0003_history': history,
  '0004_sessions_policies_inbox': sessionsPoliciesInbox,
  '0005_session_revisions': sessionRevisions,
  '0006_log_packs': logPacks,
};

const provider: MigrationProvider = { getMigrations: async () => ({ ...MIGRATIONS }) };

/**
 * Brings the schema up to date and returns the migrations it applied; throws (naming the one
 * that failed) when it cannot, and when the database holds a migration this build does not
 * know: a newer Tandem wrote it, and this one must not touch its schema.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const unknown = await unknownMigrations(db);
  if (unknown.length > 0) {
    throw new Error(
      `database schema has migrations this build does not know (${unknown.join(', ')}); upgrade Tandem`,
    );
  }
  // Named, or Kysely's Migrator takes its tables in any schema of the database for its own.
  const migrationTableSchema = await currentSchema(db);
  const migrator = new Migrator({ db, provider, migrationTableSchema });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`postgres migration ${failed} failed: ${String(error)}`, { cause: error });
  }
  return results.map((r) => r.migrationName);
}

/** Recorded migrations missing from MIGRATIONS; none on a fresh database. */
async function unknownMigrations(db: Kysely<Database>): Promise<string[]> {
  // to_regclass resolves the name through search_path, as the Migrator's own queries do.
  const found = await sql<{
    present: string | null;
  }>`SELECT to_regclass('kysely_migration') AS present`.execute(db);
  if (!found.rows[0]?.present) return [];
  const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(db);
  return rows.map((r) => r.name).filter((name) => !(name in MIGRATIONS));
}

/** The schema tables are made in: the first of search_path that exists. */
async function currentSchema(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`SELECT current_schema() AS schema`.execute(
    db,
  );
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('postgres: no schema of search_path exists to migrate into');
  return schema;
}
