import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadDocument, openDatabase, SqliteDocumentStore, stateAt } from '../src/persistence';
import {
  connectClient,
  createDocument,
  eventually,
  sleep,
  type TestClient,
  tempDir,
} from './harness';
import {
  freePort,
  killHard,
  type ServerProcess,
  serverDir,
  spawnServer,
  stopGracefully,
  tsx,
} from './serverProcess';

let proc: ServerProcess | undefined;
let clients: TestClient[] = [];

afterEach(async () => {
  for (const c of clients) c.destroy();
  clients = [];
  if (proc) await killHard(proc);
  proc = undefined;
});

const tokens = (s: string) => new Set(s.split(';').filter(Boolean));

describe('durability of the real server process', () => {
  it('keeps every update another client had received when the server is killed with SIGKILL', async () => {
    const dataDir = tempDir();
    const port = await freePort();
    proc = await spawnServer({ port, dataDir });
    const docId = await createDocument(proc);
    const writers = [0, 1, 2].map(() => connectClient(proc!, docId));
    const watcher = connectClient(proc, docId);
    clients.push(...writers, watcher);
    await Promise.all([...writers, watcher].map((c) => c.synced()));

    let n = 0;
    const typing = setInterval(() => {
      for (const w of writers) w.text.insert(w.text.length, `w${w.doc.clientID % 1000}-${n++};`);
    }, 2);
    await eventually(() => expect(watcher.text.length).toBeGreaterThan(2000), 20_000);
    await killHard(proc);
    clearInterval(typing);
    // What the watcher saw came through the server, so it had been stored first.
    const seen = tokens(watcher.text.toString());
    for (const c of clients) c.provider.disconnect();
    expect(seen.size).toBeGreaterThan(100);

    proc = await spawnServer({ port, dataDir });
    const fresh = connectClient(proc, docId);
    clients.push(fresh);
    await fresh.synced();
    const recovered = tokens(fresh.text.toString());
    const lost = [...seen].filter((t) => !recovered.has(t));
    expect(lost).toEqual([]);
  });

  it.each([
    ['writing a checkpoint', 'checkpoint-write'],
    ['packing the log a checkpoint covers', 'pack'],
    ['growing the pack of the checkpoint before', 'pack-grow'],
  ])('loses nothing when killed in the middle of %s', async (_what, failpoint) => {
    const dataDir = tempDir();
    const port = await freePort();
    // The first checkpoint (after 40 updates) kills the process inside its write transaction,
    // or inside the one that packs the updates it covers; the second inside the one growing
    // that pack by its own (the old pack deleted, the grown one in, the loose rows still there).
    proc = await spawnServer({
      port,
      dataDir,
      TANDEM_CHECKPOINT_EVERY: 40,
      TANDEM_FAILPOINT: failpoint,
    });
    const died = new Promise<NodeJS.Signals | null>((r) =>
      proc?.child.once('exit', (_code, signal) => r(signal)),
    );
    const docId = await createDocument(proc);
    const writer = connectClient(proc, docId);
    const watcher = connectClient(proc, docId);
    clients.push(writer, watcher);
    await Promise.all([writer.synced(), watcher.synced()]);
    let n = 0;
    const typing = setInterval(() => writer.text.insert(writer.text.length, `c${n++};`), 5);
    expect(await died).toBe('SIGKILL');
    clearInterval(typing);
    const seen = tokens(watcher.text.toString());
    for (const c of clients) c.provider.disconnect();
    expect(seen.size).toBeGreaterThan(20);
    // The log itself, not only the state a checkpoint may hold: every seq once, packed or loose.
    const store = new SqliteDocumentStore({ dataDir });
    const lastSeq = await store.lastSeq(docId);
    expect((await store.readUpdates(docId, 0)).map((u) => u.seq)).toEqual(
      Array.from({ length: lastSeq }, (_, i) => i + 1),
    );
    expect(lastSeq).toBeGreaterThanOrEqual(failpoint === 'pack-grow' ? 80 : 40);
    await store.close();

    proc = await spawnServer({ port, dataDir, TANDEM_CHECKPOINT_EVERY: 40 });
    const fresh = connectClient(proc, docId);
    clients.push(fresh);
    await fresh.synced();
    const recovered = tokens(fresh.text.toString());
    expect([...seen].filter((t) => !recovered.has(t))).toEqual([]);
  });

  it('loses nothing when a history merge is killed in the middle of its transaction', async () => {
    const dataDir = tempDir();
    const docId = 'doc-merge-crash';
    const author = new Y.Doc();
    const before = new SqliteDocumentStore({ db: openDatabase(dataDir) });
    await before.createDocument({ id: docId, type: 'notes', title: 'merge crash' });
    author.on('update', (u: Uint8Array) => {
      void before.appendUpdate(docId, u, { connId: 'c', userId: null, clientIds: [] });
    });
    for (let i = 0; i < 100; i++)
      author.getText('t').insert(i * 3, `${String(i).padStart(2, '0')};`);
    await before.writeCheckpoint(
      docId,
      60,
      Y.encodeStateAsUpdate(await stateAt(before, docId, 60)),
    );
    const expected = author.getText('t').toString();
    before.db.close();

    const merge = (env: Record<string, string>) =>
      spawnSync(
        process.execPath,
        ['--import', tsx, 'test/fixtures/mergeInChild.ts', dataDir, docId, '60'],
        { cwd: serverDir, env: { ...process.env, ...env }, encoding: 'utf8' },
      );
    const crashed = merge({ TANDEM_FAILPOINT: 'merge' });
    expect(crashed.signal).toBe('SIGKILL');

    const after = new SqliteDocumentStore({ db: openDatabase(dataDir) });
    const { doc, lastSeq } = await loadDocument(after, docId);
    expect(doc.getText('t').toString()).toBe(expected);
    expect(lastSeq).toBe(100);
    // Nothing was removed: every point in time still opens, the first one included.
    expect((await stateAt(after, docId, 1)).getText('t').toString()).toBe('00;');
    after.db.close();

    // And the merge, run again to completion, leaves the same document.
    const done = merge({});
    expect(done.status).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({ updatesDeleted: 59 });
    const merged = new SqliteDocumentStore({ db: openDatabase(dataDir) });
    expect((await loadDocument(merged, docId)).doc.getText('t').toString()).toBe(expected);
    merged.db.close();
  });

  it('flushes every room and exits 0 on SIGTERM', async () => {
    const dataDir = tempDir();
    const port = await freePort();
    proc = await spawnServer({ port, dataDir });
    const docId = await createDocument(proc);
    const a = connectClient(proc, docId);
    clients.push(a);
    await a.synced();
    const closes: number[] = [];
    a.provider.on('connection-close', (e: { code: number } | null) => e && closes.push(e.code));
    for (let i = 0; i < 200; i++) a.text.insert(a.text.length, `${i};`);
    await sleep(200);
    expect(await stopGracefully(proc)).toBe(0);
    expect(closes).toContain(1001);
    a.provider.disconnect();
    const expected = a.text.toString();

    proc = await spawnServer({ port, dataDir });
    const fresh = connectClient(proc, docId);
    clients.push(fresh);
    await fresh.synced();
    expect(fresh.text.toString()).toBe(expected);
  });

  it('refuses to start on a bad configuration value and names it', async () => {
    const port = await freePort();
    await expect(spawnServer({ port, dataDir: tempDir(), LOG_LEVEL: 'loud' })).rejects.toThrow(
      /LOG_LEVEL/,
    );
  });

  it('names DATA_DIR when the data folder cannot be used', async () => {
    const port = await freePort();
    const notAFolder = path.join(tempDir(), 'a-file');
    fs.writeFileSync(notAFolder, '');
    await expect(spawnServer({ port, dataDir: notAFolder })).rejects.toThrow(/DATA_DIR=/);
  });
});
