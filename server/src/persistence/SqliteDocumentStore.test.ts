import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDocumentStoreContract } from './DocumentStore.contract';
import { MIGRATIONS } from './migrations';
import { PACK_TARGET_BYTES } from './packedLog';
import { SqliteDocumentStore } from './SqliteDocumentStore';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-sqlite-'));

describeDocumentStoreContract('sqlite', () => new SqliteDocumentStore({ dataDir: tempDir() }));

describe('SqliteDocumentStore', () => {
  it('keeps documents and the log across a reopen of the same file', async () => {
    const dataDir = tempDir();
    const first = new SqliteDocumentStore({ dataDir });
    await first.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'Kept' });
    await first.appendUpdate('doc-aaaa', new Uint8Array([0, 0]), {
      connId: 'c',
      userId: null,
      clientIds: [],
    });
    await first.close();
    const second = new SqliteDocumentStore({ dataDir });
    expect(await second.getDocument('doc-aaaa')).toMatchObject({ title: 'Kept' });
    expect(
      await second.appendUpdate('doc-aaaa', new Uint8Array([0, 0]), {
        connId: 'c',
        userId: null,
        clientIds: [],
      }),
    ).toBe(2);
    await second.close();
  });

  it('records schema migrations in the database and refuses a newer schema', async () => {
    const dataDir = tempDir();
    const store = new SqliteDocumentStore({ dataDir });
    const versions = store.db.prepare('SELECT version FROM schema_migrations').all();
    expect(versions).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
    store.db
      .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
      .run(999, 'from the future', Date.now());
    await store.close();
    expect(() => new SqliteDocumentStore({ dataDir })).toThrow(/newer than this build/);
  });

  it('grows its newest pack by each checkpoint until it reaches the target size, then starts another', async () => {
    const store = new SqliteDocumentStore({ dataDir: tempDir() });
    const source = { connId: 'c', userId: null, clientIds: [] };
    const packs = () =>
      store.db
        .prepare(
          `SELECT first_seq AS first, last_seq AS last, count, length(data) AS size
           FROM doc_log_packs WHERE doc_id = 'doc-aaaa' ORDER BY last_seq`,
        )
        .all() as { first: number; last: number; count: number; size: number }[];
    await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
    for (let i = 1; i <= 20; i++)
      await store.appendUpdate('doc-aaaa', Uint8Array.of(0, 0, i), source);
    expect(await store.packLog('doc-aaaa', 10)).toBe(10);
    expect(await store.packLog('doc-aaaa', 20)).toBe(10);
    expect(packs()).toMatchObject([{ first: 1, last: 20, count: 20 }]);
    // 3 KiB that do not compress: ~40 fill more than one pack.
    for (let i = 0; i < 40; i++)
      await store.appendUpdate('doc-aaaa', randomBytes(3 * 1024), source);
    const before = await store.readUpdates('doc-aaaa', 0);
    expect(await store.packLog('doc-aaaa', 60)).toBe(40);
    const after = packs();
    expect(after.length).toBeGreaterThan(2);
    expect(after[0]?.first).toBe(1);
    for (const [i, pack] of after.entries()) {
      if (i > 0) expect(pack.first).toBe((after[i - 1]?.last ?? 0) + 1);
      expect(pack.size).toBeLessThanOrEqual(PACK_TARGET_BYTES * 1.25);
      if (i < after.length - 1) expect(pack.size).toBeGreaterThan(PACK_TARGET_BYTES * 0.75);
    }
    expect(after.at(-1)?.last).toBe(60);
    expect(await store.readUpdates('doc-aaaa', 0)).toEqual(before);
    await store.close();
  });

  it('reports a full disk as a StoreError naming SQLITE_FULL', async () => {
    const store = new SqliteDocumentStore({ dataDir: tempDir() });
    await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
    // Cap the file at its current size: the next page the log needs cannot be allocated.
    const pages = store.db.pragma('page_count', { simple: true }) as number;
    store.db.pragma(`max_page_count = ${pages}`);
    const big = new Uint8Array(64 * 1024);
    await expect(
      store.appendUpdate('doc-aaaa', big, { connId: 'c', userId: null, clientIds: [] }),
    ).rejects.toThrow(/SQLITE_FULL/);
    await store.close();
  });
});
