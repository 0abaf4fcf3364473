import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations';

export type SqliteDatabase = Database.Database;

const WAL_SIZE_LIMIT = 1024 * 1024;

/**
 * Opens `DATA_DIR/tandem.db` (or a private in-memory database for `:memory:`) in WAL mode and
 * brings its schema up to date. One handle per process: documents and accounts share it.
 */
export function openDatabase(dataDir: string): SqliteDatabase {
  const file = dataDir === ':memory:' ? ':memory:' : path.join(dataDir, 'tandem.db');
  if (file !== ':memory:') fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(file);
  // Pages the packing of the log frees go back to the file system (SqliteDocumentStore's
  // packLog runs incremental_vacuum). Only a new file takes it; an older one keeps its free
  // pages for later appends unless someone runs VACUUM on it.
  db.pragma('auto_vacuum = INCREMENTAL');
  db.pragma('journal_mode = WAL');
  // A WAL a checkpoint has emptied shrinks back to this instead of keeping its largest size.
  db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT}`);
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  try {
    migrate(db);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}
