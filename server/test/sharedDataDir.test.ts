import { CloseCode } from '@tandem/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { connectClient, createDocument, sleep, type TestClient, tempDir } from './harness';
import { freePort, killHard, type ServerProcess, spawnServer } from './serverProcess';

let procs: ServerProcess[] = [];
let clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients) c.destroy();
  clients = [];
  for (const p of procs) await killHard(p);
  procs = [];
});

/**
 * Two server processes on one DATA_DIR (a rolling restart, or two nodes before PostgreSQL)
 * used to fail with SQLITE_BUSY about once a second: deferred transactions that read, then
 * tried to write. Every write now takes the lock up front and waits for it (busy_timeout).
 */
describe('two server processes on one SQLite file', () => {
  it('both keep saving under steady editing, and a fresh client gets everything', async () => {
    const dataDir = tempDir();
    const env = { dataDir, TANDEM_CHECKPOINT_EVERY: 50 };
    const a = await spawnServer({ port: await freePort(), ...env });
    procs.push(a);
    const b = await spawnServer({ port: await freePort(), ...env });
    procs.push(b);
    const nodes = [a, b];
    const docs = await Promise.all(nodes.map((node) => createDocument(node)));
    const writers = nodes.map((node, i) => connectClient(node, docs[i] as string));
    clients.push(...writers);
    await Promise.all(writers.map((w) => w.synced()));
    const closes: number[] = [];
    for (const w of writers) {
      w.provider.on('connection-close', (e: { code: number } | null) => {
        if (e) closes.push(e.code);
      });
    }

    let n = 0;
    const typing = setInterval(() => {
      for (const w of writers) w.text.insert(w.text.length, `${n++};`);
    }, 3);
    await sleep(4_000);
    clearInterval(typing);
    expect(n).toBeGreaterThan(500);

    for (const [i, node] of nodes.entries()) {
      const writer = writers[i] as TestClient;
      const fresh = connectClient(node, docs[i] as string);
      clients.push(fresh);
      await fresh.synced();
      await sleep(200);
      expect(fresh.text.toString()).toBe(writer.text.toString());
    }
    expect(closes.filter((c) => c === CloseCode.STORE_UNAVAILABLE)).toEqual([]);
    for (const node of nodes) expect(node.output()).not.toMatch(/SQLITE_BUSY|store failed/);
  });
});
