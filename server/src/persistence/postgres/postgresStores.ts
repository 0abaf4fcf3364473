import type { Kysely } from 'kysely';
import type { Stores } from '../openStores';
import type { Database } from './Database';
import { PostgresAccountStore } from './PostgresAccountStore';
import { PostgresDocumentStore } from './PostgresDocumentStore';
import { PostgresNotificationStore } from './PostgresNotificationStore';

/**
 * Every port over one migrated handle (openPostgres). Closing the document store ends it, as
 * with SQLite's shared file.
 */
export function postgresStores(db: Kysely<Database>): Stores {
  return {
    documents: new PostgresDocumentStore(db),
    accounts: new PostgresAccountStore(db),
    notifications: new PostgresNotificationStore(db),
  };
}
