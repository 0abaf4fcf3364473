/**
 * The peer: an off-the-shelf Hocuspocus 3 server with database persistence, started by the bench
 * as a child process (PORT, DATA_DIR from the environment). Persistence is
 * @hocuspocus/extension-database over better-sqlite3 (the driver Tandem uses) with the table
 * layout of @hocuspocus/extension-sqlite; that extension itself needs the `sqlite3` native
 * package, which pnpm here is not allowed to build. Hocuspocus' defaults are kept: documents
 * are stored as one snapshot, debounced 2 s (at most 10 s), and on the last disconnect.
 *
 * With REDIS_URL set, @hocuspocus/extension-redis joins it to the other instances on that Redis
 * (the fan-out-across-nodes bench starts two on one DATA_DIR, so they share one SQLite file;
 * the extension's lock lets one instance at a time store a document).
 */
import { join } from 'node:path';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Server } from '@hocuspocus/server';
import BetterSqlite3 from 'better-sqlite3';

const port = Number(process.env.PORT);
const dataDir = process.env.DATA_DIR;
const redisUrl = process.env.REDIS_URL ? new URL(process.env.REDIS_URL) : null;
if (!Number.isInteger(port) || port <= 0 || !dataDir) {
  process.stderr.write('PORT and DATA_DIR are required\n');
  process.exit(2);
}

const db = new BetterSqlite3(join(dataDir, 'hocuspocus.sqlite'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec('CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB NOT NULL)');
const selectDocument = db.prepare<[string], { data: Buffer }>(
  'SELECT data FROM documents WHERE name = ?',
);
const upsertDocument = db.prepare<[string, Buffer]>(
  'INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data',
);

const server = new Server({
  port,
  address: '127.0.0.1',
  quiet: true,
  extensions: [
    ...(redisUrl
      ? [
          new Redis({
            host: redisUrl.hostname,
            port: Number(redisUrl.port || 6379),
            identifier: `bench-${port}`,
          }),
        ]
      : []),
    new Database({
      fetch: async ({ documentName }) => {
        const row = selectDocument.get(documentName);
        return row ? new Uint8Array(row.data) : null;
      },
      store: async ({ documentName, state }) => {
        upsertDocument.run(documentName, state);
      },
    }),
  ],
});

await server.listen();
