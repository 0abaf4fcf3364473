import type Database from 'better-sqlite3';

/**
 * Schema migrations, versioned in the database itself (`schema_migrations`). Append new
 * entries; never edit one that has shipped.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'documents, update log, checkpoints',
    sql: `
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        title TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX documents_updated_at ON documents (updated_at DESC);
      CREATE TABLE doc_updates (
        doc_id TEXT NOT NULL REFERENCES documents (id),
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        created_at INTEGER NOT NULL,
        conn_id TEXT NOT NULL,
        user_id TEXT,
        client_ids TEXT NOT NULL,
        PRIMARY KEY (doc_id, seq)
      ) WITHOUT ROWID;
      CREATE TABLE doc_checkpoints (
        doc_id TEXT NOT NULL REFERENCES documents (id),
        seq INTEGER NOT NULL,
        state BLOB NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (doc_id, seq)
      ) WITHOUT ROWID;
    `,
  },
];

export function migrate(db: Database.Database): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  )`);
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as {
    v: number | null;
  };
  const current = row.v ?? 0;
  const latest = MIGRATIONS.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new Error(
      `database schema ${current} is newer than this build (${latest}); upgrade Tandem`,
    );
  }
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  );
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, Date.now());
    })();
  }
  return latest;
}
