import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteDocumentStore } from './SqliteDocumentStore';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-wal-'));
const source = { connId: 'c', userId: null, clientIds: [] };
const walSize = (dataDir: string) => {
  try {
    return fs.statSync(path.join(dataDir, 'tandem.db-wal')).size;
  } catch {
    return 0; // no WAL file at all
  }
};

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('WalCheckpointer', () => {
  it('copies the WAL into the file off the event loop: no commit checkpoints, and an idle WAL is emptied', async () => {
    const dataDir = tempDir();
    const store = new SqliteDocumentStore({ dataDir });
    try {
      // SQLite's automatic checkpoint would run inside the commit that passes 1,000 pages.
      expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
      await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
      // ~12 MB of appends, in bursts, as a busy server writes: 3,000 pages a commit would copy.
      let largest = 0;
      for (let burst = 0; burst < 40; burst++) {
        await store.appendUpdates(
          'doc-aaaa',
          Array.from({ length: 75 }, () => ({ update: randomBytes(4_000), source })),
        );
        largest = Math.max(largest, walSize(dataDir));
        await new Promise((r) => setTimeout(r, 25));
      }
      // The worker kept up: the WAL never held more than a fraction of what was written.
      expect(largest).toBeLessThan(8 * 1024 * 1024);
      // Once nothing is written, it is copied and emptied.
      await until(() => walSize(dataDir) === 0);
      expect((await store.readUpdates('doc-aaaa', 0)).length).toBe(3_000);
    } finally {
      await store.close();
    }
    // Its connection is closed with the store's: the last one out removes the WAL.
    expect(fs.existsSync(path.join(dataDir, 'tandem.db-wal'))).toBe(false);
    const reopened = new SqliteDocumentStore({ dataDir });
    expect((await reopened.readUpdates('doc-aaaa', 0)).length).toBe(3_000);
    await reopened.close();
  });

  it('never holds a process open: one that opened a store, or opened and closed it, ends', () => {
    const tsx = createRequire(import.meta.url).resolve('tsx');
    const store = new URL('./SqliteDocumentStore.ts', import.meta.url).href;
    const run = (close: boolean) => {
      const dataDir = tempDir();
      const script = path.join(dataDir, 'run.mjs');
      fs.writeFileSync(
        script,
        `import { SqliteDocumentStore } from ${JSON.stringify(store)};
         const store = new SqliteDocumentStore({ dataDir: ${JSON.stringify(dataDir)} });
         await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
         ${close ? 'await store.close();' : ''}
         process.stdout.write('done');`,
      );
      return spawnSync(process.execPath, ['--import', tsx, script], {
        encoding: 'utf8',
        timeout: 20_000,
      });
    };
    for (const close of [false, true]) {
      const child = run(close);
      expect({ status: child.status, out: child.stdout }).toEqual({ status: 0, out: 'done' });
    }
  });

  it('leaves an in-memory database to SQLite', async () => {
    const store = new SqliteDocumentStore({ dataDir: ':memory:' });
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1_000);
    await store.close();
  });
});
