import { Kysely, PostgresDialect } from 'kysely';
import { Pool, TypeOverrides } from 'pg';
import type { Database } from './Database';
import { migrateToLatest } from './migrate';

export interface PostgresOptions {
  /**
   * The schema to work in (search_path), made by the caller; the URL's default otherwise.
   * Tests give each file its own.
   */
  schema?: string;
  /** Connections in the pool (pg's default: 10). */
  max?: number;
  /**
   * Told of an error on an idle pooled connection (the server restarted, the network dropped):
   * pg drops that connection and the next query opens another, so it is only reported.
   */
  onIdleError?: (err: Error) => void;
}

/** pg's OID of int8 (bigint), the type of every epoch-ms, seq and count column. */
const INT8_OID = 20;

/**
 * int8 as a JS number rather than pg's default string: the columns hold epoch ms, seqs, Yjs
 * client ids (uint32) and counts, all far below 2^53. A value beyond that fails loudly
 * instead of losing digits.
 */
function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 ${text} does not fit a JS number`);
  return n;
}

/** The identifier rules of a schema name given in configuration: no quoting needed. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * A Kysely handle over a pg Pool, without touching the database: connections open on first
 * use. Destroying it ends the pool.
 */
export function createPostgresDb(url: string, options: PostgresOptions = {}): Kysely<Database> {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new Error(`postgres schema name ${JSON.stringify(options.schema)} is not a plain name`);
  }
  const types = new TypeOverrides();
  types.setTypeParser(INT8_OID, parseInt8);
  const pool = new Pool({
    connectionString: url,
    types,
    max: options.max ?? 10,
    // An unreachable server fails the query (and /readyz) instead of hanging it.
    connectionTimeoutMillis: 10_000,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  pool.on('error', (err) => options.onIdleError?.(err));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * Opens the database at `url` and brings its schema up to date (versioned in the database,
 * `kysely_migration`). Throws, with the pool ended, when it cannot connect or migrate.
 */
export async function openPostgres(
  url: string,
  options: PostgresOptions = {},
): Promise<Kysely<Database>> {
  const db = createPostgresDb(url, options);
  try {
    await migrateToLatest(db);
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return db;
}
