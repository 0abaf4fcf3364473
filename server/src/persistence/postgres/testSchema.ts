import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Database } from './Database';
import { createPostgresDb, openPostgres } from './openPostgres';

/** Where the PostgreSQL tests run; CI (.ci/run) starts a server and sets it. */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

export interface TestSchema {
  readonly url: string;
  /** The schema's name, once beforeAll has made it. */
  readonly name: string;
  /** A new handle working in the schema; closing a store over it ends it. */
  open(): Kysely<Database>;
}

/**
 * Gives the calling test file a schema of its own, migrated once (beforeAll), emptied before
 * each test and dropped after the file, so files run in parallel and a rerun starts clean.
 * When PostgreSQL does not answer, every test of the file fails saying how to start it: these
 * tests are never skipped.
 */
export function useTestSchema(): TestSchema {
  const name = `tandem_test_${randomBytes(6).toString('hex')}`;
  let admin: Kysely<Database> | null = null;
  let tables: string[] = [];

  beforeAll(async () => {
    const db = createPostgresDb(TEST_DATABASE_URL, { max: 1 });
    try {
      await sql`SELECT 1`.execute(db);
    } catch (err) {
      await db.destroy();
      throw new Error(unreachable(err), { cause: err });
    }
    admin = db;
    await sql`CREATE SCHEMA ${sql.id(name)}`.execute(admin);
    await (await openPostgres(TEST_DATABASE_URL, { schema: name, max: 1 })).destroy();
    // Newest first: the migrations make a table after those it refers to, so deleting in
    // this order never leaves a row pointing at a deleted one.
    const { rows } = await sql<{ relname: string }>`
      SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ${name} AND c.relkind = 'r' AND c.relname NOT LIKE 'kysely_migration%'
      ORDER BY c.oid DESC
    `.execute(admin);
    tables = rows.map((r) => r.relname);
  });

  beforeEach(async () => {
    if (!admin) return;
    // DELETE, not TRUNCATE: a hundred times quicker on tables this small.
    for (const table of tables) await sql`DELETE FROM ${sql.id(name, table)}`.execute(admin);
  });

  afterAll(async () => {
    if (!admin) return;
    await sql`DROP SCHEMA IF EXISTS ${sql.id(name)} CASCADE`.execute(admin);
    await admin.destroy();
  });

  return {
    url: TEST_DATABASE_URL,
    name,
    open: () => createPostgresDb(TEST_DATABASE_URL, { schema: name, max: 4 }),
  };
}

function unreachable(err: unknown): string {
  const where = TEST_DATABASE_URL.replace(/\/\/[^@/]*@/, '//…@');
  return [
    `PostgreSQL is not reachable at ${where}: ${String(err)}.`,
    'The PostgreSQL store tests need a server; they are never skipped.',
    'Start one (Debian: `pg_ctlcluster 15 main start`; CI: `.ci/run` starts it), make a',
    'database `test` that user postgres can reach on 127.0.0.1 without a password, or set',
    'TEST_DATABASE_URL to another.',
  ].join(' ');
}
