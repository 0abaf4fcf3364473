import { CloseCode } from '@tandem/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectRedis } from '../src/connectRedis';
import { createLogger } from '../src/logger';
import {
  DelegatingDocumentStore,
  openDatabase,
  SqliteAccountStore,
  SqliteDocumentStore,
} from '../src/persistence';
import type { RedisFanout } from '../src/sync';
import {
  connectClient,
  createDocument,
  eventually,
  serverHas,
  sleep,
  startServer,
  type TestClient,
  type TestServer,
  tempDir,
} from './harness';
import { HAS_REDIS_SERVER, startRedisServer } from './redisServer';
import { connectRealtime, expectOk, type RealtimeClient } from './socketClient';

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) {
  process.stderr.write(
    '\n[crossNodeRevocation.test] REDIS_URL is not set: skipping the two-node revocation tests\n\n',
  );
}
const log = createLogger('silent', false);
const FAST_PRESENCE = { ttlMs: 600, flushMs: 50, pingIntervalMs: 200, pingTimeoutMs: 300 };
/** What a person would call "at once": the revocation reaches the other node within this. */
const AT_ONCE_MS = 1_000;

/** One node's handle on the shared store; the test closes the real one. */
class SharedStore extends DelegatingDocumentStore {
  override async close() {}
}

let cleanups: (() => Promise<void>)[] = [];
let clients: { destroy(): void }[] = [];
afterEach(async () => {
  for (const c of clients) c.destroy();
  clients = [];
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

/** Two nodes on one SQLite store and one user base, sharing `redisUrl` (no sticky routing). */
async function startNodes(redisUrl = REDIS_URL ?? '') {
  const store = new SqliteDocumentStore({ db: openDatabase(tempDir()) });
  const accounts = new SqliteAccountStore(store.db);
  const servers: TestServer[] = [];
  cleanups.push(async () => {
    for (const s of servers.reverse()) await s.close();
    await store.close();
  });
  for (let i = 0; i < 2; i++) {
    servers.push(
      await startServer({
        store: new SharedStore(store),
        accounts,
        redis: connectRedis(redisUrl, log),
        presence: FAST_PRESENCE,
      }),
    );
  }
  const [a, b] = servers as [TestServer, TestServer];
  await eventually(() => {
    expect((a.rooms.fanout as RedisFanout).connected).toBe(true);
    expect((b.rooms.fanout as RedisFanout).connected).toBe(true);
  });
  return { a, b };
}

/** A partner's sync socket and presence socket, both on node B; the close codes it sees. */
async function partnerOnB(b: TestServer, docId: string, role: 'editor' | 'viewer' = 'editor') {
  const partner = await b.addUser(role, { side: 'enterprise' });
  const sync = connectClient(b, docId, new Y.Doc(), partner.token);
  clients.push(sync);
  const codes: number[] = [];
  sync.provider.on('connection-close', (e: { code: number } | null) => e && codes.push(e.code));
  await sync.synced();
  const presence = await connectRealtime(b.url, partner.token);
  clients.push({ destroy: () => presence.close() });
  expectOk(await presence.call('presence:join', { workspaceId: b.workspaceId }));
  return { partner, sync, presence, codes };
}

async function call(
  server: TestServer,
  method: string,
  path: string,
  token: string,
  body?: unknown,
) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return res.status;
}

const member = (s: TestServer, userId: string) =>
  `/api/workspaces/${s.workspaceId}/members/${userId}`;

/** Runs `action` while node A's cluster notices time out (Redis stays up for both nodes). */
async function losingNotices(a: TestServer, action: () => Promise<void>): Promise<void> {
  const fanout = a.rooms.fanout as RedisFanout;
  const publishCluster = fanout.publishCluster;
  fanout.publishCluster = async () => {
    (fanout as unknown as { missed(): void }).missed();
    return false;
  };
  try {
    await action();
  } finally {
    fanout.publishCluster = publishCluster;
  }
}

function expectOpen(sync: TestClient, presence: RealtimeClient, codes: number[]) {
  expect(codes).toEqual([]);
  expect(sync.provider.wsconnected).toBe(true);
  expect(presence.socket.connected).toBe(true);
}

describe.runIf(REDIS_URL)('revocations reach every node through Redis', () => {
  it('a member removed on node A loses their sync and presence sockets on node B at once', async () => {
    const { a, b } = await startNodes();
    const docId = await createDocument(a);
    const { partner, sync, presence, codes } = await partnerOnB(b, docId);

    expect(await call(a, 'DELETE', member(a, partner.id), a.owner.token)).toBe(204);
    await eventually(() => {
      // Closed as a single node closes it; the reconnect is refused as if the document were not there.
      expect(codes.slice(0, 2)).toEqual([CloseCode.ACCESS_CHANGED, CloseCode.DOC_NOT_FOUND]);
      expect(presence.socket.connected).toBe(false);
    }, AT_ONCE_MS);
    expect(sync.provider.wsconnected).toBe(false);
  });

  it('an editor demoted to viewer on node A is read-only on node B at once', async () => {
    const { a, b } = await startNodes();
    const docId = await createDocument(a);
    const { partner, sync, codes } = await partnerOnB(b, docId);
    sync.text.insert(0, '企业案例：');
    await serverHas(b, docId, sync.doc);
    const before = (await b.store.loadState(docId)).lastSeq;

    expect(await call(a, 'PATCH', member(a, partner.id), a.owner.token, { role: 'viewer' })).toBe(
      204,
    );
    await eventually(() => {
      expect(codes[0]).toBe(CloseCode.ACCESS_CHANGED);
      const conns = b.rooms.admittedConnections().filter((c) => c.userId === partner.id);
      expect(conns.map((c) => c.readOnly)).toEqual([true]);
    }, AT_ONCE_MS);
    await eventually(() => expect(sync.provider.synced).toBe(true));
    sync.text.insert(sync.text.length, '不应保存');
    await sleep(300);
    expect((await b.store.loadState(docId)).lastSeq).toBe(before);
    expect(b.rooms.peek(docId)?.doc.getText('t').toString()).toBe('企业案例：');
  });

  it('signing out on node A closes the same sign-in’s sockets on node B at once', async () => {
    const { a, b } = await startNodes();
    const docId = await createDocument(a);
    const { partner, presence, codes } = await partnerOnB(b, docId);

    expect(await call(a, 'POST', '/api/auth/logout', partner.token)).toBe(204);
    await eventually(() => {
      expect(codes.slice(0, 2)).toEqual([CloseCode.ACCESS_CHANGED, CloseCode.UNAUTHORIZED]);
      expect(presence.socket.connected).toBe(false);
    }, AT_ONCE_MS);
  });

  it('a document deleted on node A, where it is not open, closes its sockets on node B at once', async () => {
    const { a, b } = await startNodes();
    const docId = await createDocument(a);
    const { codes } = await partnerOnB(b, docId);
    expect(a.rooms.peek(docId)).toBeNull();

    expect(await call(a, 'DELETE', `/api/documents/${docId}`, a.owner.token)).toBe(204);
    await eventually(() => expect(codes[0]).toBe(CloseCode.DOC_NOT_FOUND), AT_ONCE_MS);
    expect(b.rooms.peek(docId)).toBeNull();
  });

  it('a notice Redis did not take is made good: every node rechecks once it is back', async () => {
    const { a, b } = await startNodes();
    const docId = await createDocument(a);
    const { partner, sync, presence, codes } = await partnerOnB(b, docId);
    // Node A's publish times out while both nodes stay connected: node B never sees an outage.
    await losingNotices(a, async () => {
      expect(await call(a, 'DELETE', member(a, partner.id), a.owner.token)).toBe(204);
    });
    await sleep(200);
    expectOpen(sync, presence, codes);
    // Node A's next resync (a second later) asks every node to recheck against the store.
    await eventually(() => {
      expect(codes[0]).toBe(CloseCode.ACCESS_CHANGED);
      expect(presence.socket.connected).toBe(false);
    }, 5_000);
  });

  it('a viewer promoted while the notice was lost can write once the nodes recheck', async () => {
    const { a, b } = await startNodes();
    const docId = await createDocument(a);
    const { partner, sync, codes } = await partnerOnB(b, docId, 'viewer');
    await losingNotices(a, async () => {
      const promote = { role: 'editor' };
      expect(await call(a, 'PATCH', member(a, partner.id), a.owner.token, promote)).toBe(204);
    });
    // The recheck finds a read-only socket whose person may now edit: it reopens writable.
    await eventually(() => {
      expect(codes[0]).toBe(CloseCode.ACCESS_CHANGED);
      const conns = b.rooms.admittedConnections().filter((c) => c.userId === partner.id);
      expect(conns.map((c) => c.readOnly)).toEqual([false]);
    }, 5_000);
    await eventually(() => expect(sync.provider.synced).toBe(true));
    sync.text.insert(0, '升级后可写');
    await serverHas(b, docId, sync.doc);
    expect(b.rooms.peek(docId)?.doc.getText('t').toString()).toBe('升级后可写');
  });

  it.runIf(HAS_REDIS_SERVER)(
    'a member removed while Redis is down loses their sockets on node B once Redis is back',
    async () => {
      const redis = await startRedisServer();
      cleanups.push(async () => redis.stop());
      const { a, b } = await startNodes(redis.url);
      const docId = await createDocument(a);
      const { partner, sync, presence, codes } = await partnerOnB(b, docId);

      await redis.stop();
      expect(await call(a, 'DELETE', member(a, partner.id), a.owner.token)).toBe(204);
      // The notice had no way to node B: the partner is still connected there.
      await sleep(500);
      expectOpen(sync, presence, codes);

      await redis.start();
      await eventually(() => {
        expect(codes[0]).toBe(CloseCode.ACCESS_CHANGED);
        expect(presence.socket.connected).toBe(false);
      }, 15_000);
    },
  );
});
