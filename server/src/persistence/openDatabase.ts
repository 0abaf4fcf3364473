import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations';

export type SqliteDatabase = Database.Database;

/**
 * Opens `DATA_DIR/tandem.db` (or a private in-memory database for `:memory:`) in WAL mode and
 * brings its schema up to date. One handle per process: documents and accounts share it.
 */
export function openDatabase(dataDir: string): SqliteDatabase {
  const file = dataDir === ':memory:' ? ':memory:' : path.join(dataDir, 'tandem.db');
  if (file !== ':memory:') fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
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
