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

/** A schema of its own in the test database, and the handle that made it. */
export interface ScratchSchema {
  readonly name: string;
  readonly admin: Kysely<Database>;
  /** Drops the schema with everything in it and ends the handle; once, however often called. */
  drop(): Promise<void>;
}

/**
 * Makes an empty, uniquely named schema in TEST_DATABASE_URL. When PostgreSQL does not answer,
 * it rejects saying how to start it: tests on PostgreSQL fail without one, never skip.
 */
export async function createScratchSchema(): Promise<ScratchSchema> {
  const admin = createPostgresDb(TEST_DATABASE_URL, { max: 1 });
  try {
    await sql`SELECT 1`.execute(admin);
  } catch (err) {
    await admin.destroy();
    throw new Error(unreachable(err), { cause: err });
  }
  const name = `tandem_test_${randomBytes(6).toString('hex')}`;
  await sql`CREATE SCHEMA ${sql.id(name)}`.execute(admin);
  let dropped: Promise<void> | null = null;
  return {
    name,
    admin,
    drop: () => {
      dropped ??= sql`DROP SCHEMA IF EXISTS ${sql.id(name)} CASCADE`
        .execute(admin)
        .then(() => admin.destroy());
      return dropped;
    },
  };
}

/**
 * Gives the calling test file a schema of its own, migrated once (beforeAll), emptied before
 * each test and dropped after the file, so files run in parallel and a rerun starts clean.
 */
export function useTestSchema(): TestSchema {
  let schema: ScratchSchema | null = null;
  let tables: string[] = [];

  beforeAll(async () => {
    schema = await createScratchSchema();
    const { name, admin } = schema;
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
    if (!schema) return;
    const { name, admin } = schema;
    // DELETE, not TRUNCATE: a hundred times quicker on tables this small.
    for (const table of tables) await sql`DELETE FROM ${sql.id(name, table)}`.execute(admin);
  });

  afterAll(async () => {
    await schema?.drop();
  });

  const nameOf = () => {
    if (!schema) throw new Error('the test schema is made in beforeAll');
    return schema.name;
  };
  return {
    url: TEST_DATABASE_URL,
    get name() {
      return nameOf();
    },
    open: () => createPostgresDb(TEST_DATABASE_URL, { schema: nameOf(), max: 4 }),
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
