import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { sql } from 'kysely';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument, openPostgresStores } from '../src/persistence';
import { createPostgresDb } from '../src/persistence/postgres/openPostgres';
import { TEST_DATABASE_URL } from '../src/persistence/postgres/testSchema';
import { connectClient, createDocument, eventually, type TestClient, tempDir } from './harness';
import { freePort, killHard, type ServerProcess, spawnServer } from './serverProcess';

/**
 * Issue 13 with real processes: two nodes on one PostgreSQL database and one Redis, the editors
 * of one document on different nodes, and kill -9 of one node. The in-process two-node tests
 * (crossNode*.test.ts) cover convergence, presence and sessions; what only separate processes
 * show is that a node dying mid-stream loses nothing anyone else had seen.
 */

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const DB_NAME = `twonodes_${randomBytes(6).toString('hex')}`;
const DATABASE_URL = (() => {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${DB_NAME}`;
  return url.toString();
})();

const admin = createPostgresDb(TEST_DATABASE_URL, { max: 1 });
const dirs = { a: tempDir('tandem-node-a-'), b: tempDir('tandem-node-b-') };
let portA: number;
let nodeA: ServerProcess | undefined;
let nodeB: ServerProcess | undefined;
let docId: string;
let a: TestClient;
let b: TestClient;
const clients: TestClient[] = [];

const startNode = (port: number, dataDir: string, demo: boolean) =>
  spawnServer({ port, dataDir, DATABASE_URL, REDIS_URL, TANDEM_DEMO: demo ? 1 : 0 });

/** B runs with TANDEM_DEMO=0 and signs nobody in: its clients use A's token, from the shared store. */
const onB = () => ({ wsUrl: nodeB!.wsUrl, owner: nodeA!.owner });

function connect(node: { wsUrl: string; owner: { token: string } }): TestClient {
  const client = connectClient(node, docId);
  clients.push(client);
  return client;
}

async function requireRedis(): Promise<void> {
  const client = createClient({ url: REDIS_URL, socket: { reconnectStrategy: false } });
  client.on('error', () => {
    // connect() rejects with the same error, reported below.
  });
  try {
    await client.connect();
    await client.ping();
    await client.quit();
  } catch (err) {
    throw new Error(
      `Redis is not reachable at ${REDIS_URL} (${String(err)}): the two-node test needs it; ` +
        'start redis-server or set REDIS_URL (.ci/run does both).',
      { cause: err },
    );
  }
}

// Two cold tsx starts (migrations on the first, the demo seed) on a busy two-core machine.
beforeAll(async () => {
  await requireRedis();
  try {
    await sql`CREATE DATABASE ${sql.id(DB_NAME)}`.execute(admin);
  } catch (err) {
    throw new Error(
      `cannot create a database in TEST_DATABASE_URL (${String(err)}); .ci/run starts PostgreSQL`,
      { cause: err },
    );
  }
  portA = await freePort();
  // A first and alone: it migrates the new database and seeds the demo workspace once.
  nodeA = await startNode(portA, dirs.a, true);
  nodeB = await startNode(await freePort(), dirs.b, false);
  docId = await createDocument(nodeA, 'Two nodes · 两个节点');
  a = connect(nodeA);
  b = connect(onB());
  await Promise.all([a.synced(), b.synced()]);
}, 60_000);

afterAll(async () => {
  for (const c of clients) c.destroy();
  await Promise.allSettled([nodeA, nodeB].map((n) => n && killHard(n)));
  try {
    await sql`DROP DATABASE IF EXISTS ${sql.id(DB_NAME)} WITH (FORCE)`.execute(admin);
  } finally {
    await admin.destroy();
    for (const dir of Object.values(dirs)) fs.rmSync(dir, { recursive: true, force: true });
  }
});

const tokens = (s: string) => s.split(';').filter(Boolean);

describe('two server processes on one PostgreSQL and one Redis', () => {
  it('converges when the editors of one document are on different nodes', async () => {
    for (let i = 0; i < 5; i++) {
      a.text.insert(a.text.length, `课程标准${i}-a;`);
      b.text.insert(0, `b-${i} enterprise;`);
      a.text.insert(0, `A-${i} school;`);
      b.text.insert(b.text.length, `岗位能力${i}-b;`);
    }
    await eventually(() => expect(b.text.toString()).toBe(a.text.toString()));
    const text = a.text.toString();
    for (let i = 0; i < 5; i++) {
      for (const t of [`课程标准${i}-a`, `b-${i} enterprise`, `A-${i} school`, `岗位能力${i}-b`]) {
        expect(text).toContain(t);
      }
    }
  });

  it('loses nothing another node had seen when a node is killed with SIGKILL', async () => {
    const A = nodeA!;
    const N = 200;
    const burst = Array.from({ length: N }, (_, i) => `kill-${i}`);
    const exited = new Promise<NodeJS.Signals | null>((r) => A.child.once('exit', (_c, s) => r(s)));
    // Kill A in the same tick client B first shows the last edit of the burst (each insert
    // follows the one before, so all of them are in), not a polling interval later.
    const killedAtSight = new Promise<void>((resolve) => {
      const last = `;${burst.at(-1)};`;
      const onUpdate = () => {
        if (!b.text.toString().includes(last)) return;
        b.doc.off('update', onUpdate);
        A.child.kill('SIGKILL');
        resolve();
      };
      b.doc.on('update', onUpdate);
    });
    for (const t of burst) a.text.insert(a.text.length, `;${t};`);
    await killedAtSight;
    expect(await exited).toBe('SIGKILL');
    // Client A must not come back to a restarted A and hand it the burst from its own memory.
    a.destroy();
    const seenByB = b.text.toString();
    expect(tokens(seenByB)).toEqual(expect.arrayContaining(burst));

    // Why this fails if durability-before-publish broke: B's client only ever receives A's
    // edits through Redis, and B's room never stores what it applies from Redis. If A published
    // before its append committed (or appended in the background), the last edits of the burst
    // would reach B while A's write was still in flight, and the kill at sight would roll that
    // transaction back: the log would lack edits B's user saw. The log is read here directly,
    // as any node (or restarted A) would load it, because B's open room still holds the burst
    // in memory and would answer a fresh client on B either way.
    const stores = await openPostgresStores(DATABASE_URL, { max: 1 });
    try {
      const stored = (await loadDocument(stores.documents, docId)).doc.getText('t').toString();
      expect(tokens(stored)).toEqual(expect.arrayContaining(tokens(seenByB)));
    } finally {
      await stores.documents.close();
    }

    const freshB = connect(onB());
    await freshB.synced();
    expect(freshB.text.toString()).toBe(seenByB);

    // B keeps serving while A is down; these edits depend on the burst (they follow it).
    for (let i = 0; i < 5; i++) b.text.insert(b.text.length, `;A宕机后-${i};after-${i};`);
    await eventually(() => expect(freshB.text.toString()).toBe(b.text.toString()));

    nodeA = await startNode(portA, dirs.a, true);
    // Restarted A knows only the log: a lost edit of the burst would leave B's later edits
    // pending there (their left neighbour missing) and the texts would differ.
    const freshA = connect(nodeA);
    await freshA.synced();
    await eventually(() => expect(freshA.text.toString()).toBe(b.text.toString()));
    const recovered = tokens(freshA.text.toString());
    expect(recovered).toEqual(expect.arrayContaining([...burst, 'A宕机后-4', 'after-4']));

    // And the restarted process is a node again: its edits reach B through Redis.
    freshA.text.insert(0, '重启后 restarted;');
    await eventually(() => expect(b.text.toString()).toBe(freshA.text.toString()));
  }, 60_000);
});
