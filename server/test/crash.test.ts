import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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
  spawnServer,
  stopGracefully,
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
