import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDocumentStoreContract } from './DocumentStore.contract';
import { MIGRATIONS } from './migrations';
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
