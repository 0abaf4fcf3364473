import type { Logger } from '../logger';
import type { AccountStore } from './AccountStore';
import type { DocumentStore } from './DocumentStore';
import { MemoryAccountStore } from './MemoryAccountStore';
import { MemoryDocumentStore } from './MemoryDocumentStore';
import { MemoryNotificationStore } from './MemoryNotificationStore';
import type { NotificationStore } from './NotificationStore';
import { openDatabase } from './openDatabase';
import type { PostgresOptions } from './postgres';
import { SqliteAccountStore } from './SqliteAccountStore';
import { SqliteDocumentStore } from './SqliteDocumentStore';
import { SqliteNotificationStore } from './SqliteNotificationStore';

/**
 * Every port the server needs: documents (and history's), accounts (and the tables beside),
 * and the people's inboxes.
 */
export interface Stores {
  documents: DocumentStore;
  accounts: AccountStore;
  notifications: NotificationStore;
}

/**
 * `DATA_DIR/tandem.db`: documents and accounts in one SQLite file, one handle. Closing the
 * document store closes it. Throws when the file cannot be opened or migrated.
 */
export function openSqliteStores(dataDir: string, log?: Logger): Stores {
  const db = openDatabase(dataDir);
  return {
    documents: new SqliteDocumentStore({ db, ...(log ? { log } : {}) }),
    accounts: new SqliteAccountStore(db),
    notifications: new SqliteNotificationStore(db),
  };
}

/**
 * Every port in the PostgreSQL database at `url`, over one pool; its schema is migrated first
 * (versioned in the database). Closing the document store ends the pool. Rejects when the
 * database cannot be reached or migrated.
 */
export async function openPostgresStores(
  url: string,
  options: PostgresOptions = {},
): Promise<Stores> {
  // kysely and pg (~6 MiB of heap) load only on the nodes that use PostgreSQL.
  const { openPostgres, postgresStores } = await import('./postgres');
  return postgresStores(await openPostgres(url, options));
}

/**
 * The stores the configuration names: PostgreSQL when DATABASE_URL is set (several nodes share
 * it), else SQLite in DATA_DIR, the embedded default.
 */
export async function openConfiguredStores(
  where: { dataDir: string; databaseUrl: string | undefined },
  options: PostgresOptions & { log?: Logger } = {},
): Promise<Stores> {
  const { log, ...postgres } = options;
  return where.databaseUrl
    ? openPostgresStores(where.databaseUrl, postgres)
    : openSqliteStores(where.dataDir, log);
}

/** Every store in process memory: for tests and throwaway runs; nothing survives a restart. */
export function memoryStores(): Stores {
  return {
    documents: new MemoryDocumentStore(),
    accounts: new MemoryAccountStore(),
    notifications: new MemoryNotificationStore(),
  };
}
