import type { AccountStore } from './AccountStore';
import type { DocumentStore } from './DocumentStore';
import { MemoryAccountStore } from './MemoryAccountStore';
import { MemoryDocumentStore } from './MemoryDocumentStore';
import { MemoryNotificationStore } from './MemoryNotificationStore';
import type { NotificationStore } from './NotificationStore';
import { openDatabase } from './openDatabase';
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
export function openSqliteStores(dataDir: string): Stores {
  const db = openDatabase(dataDir);
  return {
    documents: new SqliteDocumentStore({ db }),
    accounts: new SqliteAccountStore(db),
    notifications: new SqliteNotificationStore(db),
  };
}

/** Every store in process memory: for tests and throwaway runs; nothing survives a restart. */
export function memoryStores(): Stores {
  return {
    documents: new MemoryDocumentStore(),
    accounts: new MemoryAccountStore(),
    notifications: new MemoryNotificationStore(),
  };
}
