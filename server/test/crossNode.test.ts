import { CloseCode } from '@tandem/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { AccountStore } from '../src/auth';
import { connectRedis } from '../src/connectRedis';
import { createLogger } from '../src/logger';
import {
  type AppendEntry,
  DelegatingDocumentStore,
  type DocumentStore,
  openDatabase,
  SqliteAccountStore,
  SqliteDocumentStore,
} from '../src/persistence';
import { PostgresAccountStore, PostgresDocumentStore } from '../src/persistence/postgres';
import { useTestSchema } from '../src/persistence/postgres/testSchema';
import type { DocFanout, RedisFanout } from '../src/sync';
import {
  connectClient,
  createDocument,
  eventually,
  frame,
  rawSocket,
  serverHas,
  sleep,
  startServer,
  type TestClient,
  type TestServer,
  tempDir,
} from './harness';
import { HAS_REDIS_SERVER, startRedisServer } from './redisServer';

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) {
  process.stderr.write(
    '\n[crossNode.test] REDIS_URL is not set: skipping the two-node fan-out tests\n\n',
  );
}
const log = createLogger('silent', false);

/**
 * One node's view of the shared store: the other node, or the test, closes the real one. Its
 * appends can be held, as a slow database would hold them.
 */
class NodeStore extends DelegatingDocumentStore {
  private gate: Promise<void> | null = null;
  private open: (() => void) | null = null;

  hold(): void {
    this.gate = new Promise((resolve) => {
      this.open = resolve;
    });
  }

  release(): void {
    this.open?.();
    this.gate = null;
  }

  override async appendUpdates(docId: string, entries: readonly AppendEntry[]) {
    if (this.gate) await this.gate;
    return this.inner.appendUpdates(docId, entries);
  }

  override async close() {}
}

interface Backend {
  name: string;
  /** Each node's store (one object or two pools over one database) and, if any, shared accounts. */
  open(): { a: DocumentStore; b: DocumentStore; accounts?: AccountStore; close(): Promise<void> };
}

const sqlite: Backend = {
  name: 'one SQLite store shared in process',
  open() {
    const store = new SqliteDocumentStore({ db: openDatabase(tempDir()) });
    const accounts = new SqliteAccountStore(store.db);
    return { a: store, b: store, accounts, close: () => store.close() };
  },
};

interface Nodes {
  a: TestServer;
  b: TestServer;
  storeA: NodeStore;
}

let cleanups: (() => Promise<void>)[] = [];
let clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients) c.destroy();
  clients = [];
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function startNodes(backend: Backend, redisUrl = REDIS_URL ?? ''): Promise<Nodes> {
  const stores = backend.open();
  const storeA = new NodeStore(stores.a);
  const a = await startServer({
    store: storeA,
    redis: connectRedis(redisUrl, log),
    ...(stores.accounts ? { accounts: stores.accounts } : {}),
  });
  let b: TestServer | undefined;
  cleanups.push(async () => {
    // A test that failed while holding appends would otherwise never finish closing.
    storeA.release();
    await b?.close();
    await a.close();
    await stores.close();
  });
  const started = await startServer({
    store: new NodeStore(stores.b),
    redis: connectRedis(redisUrl, log),
    accounts: a.accounts,
  });
  b = started;
  await eventually(() => {
    expect((a.rooms.fanout as RedisFanout).connected).toBe(true);
    expect((started.rooms.fanout as RedisFanout).connected).toBe(true);
  });
  return { a, b: started, storeA };
}

function connect(server: TestServer, docId: string, token = server.owner.token, doc = new Y.Doc()) {
  const client = connectClient(server, docId, doc, token);
  clients.push(client);
  return client;
}

/** Two people on one document, the owner on node A and a partner on node B, both synced. */
async function editorsOnBothNodes({ a, b }: Nodes) {
  const docId = await createDocument(a, '课程标准：网店运营');
  const partner = await b.addUser('editor', { side: 'enterprise' });
  const onA = connect(a, docId);
  const onB = connect(b, docId, partner.token);
  await Promise.all([onA.synced(), onB.synced()]);
  return { docId, partner, onA, onB };
}

/** Stops a node's publishing until the returned function is called: messages lost on the way. */
function dropPublishes(fanout: DocFanout): () => void {
  const publish = fanout.publish;
  fanout.publish = () => undefined;
  return () => {
    fanout.publish = publish;
  };
}

function describeSharedStore(backend: Backend) {
  describe(`two nodes on ${backend.name}`, () => {
    it('editors of one document on different nodes converge, both ways, through a burst', async () => {
      const nodes = await startNodes(backend);
      const { onA, onB, docId } = await editorsOnBothNodes(nodes);
      onA.text.insert(0, '课程目标：');
      await eventually(() => expect(onB.text.toString()).toBe('课程目标：'));
      onB.text.insert(onB.text.length, '掌握网店运营');
      await eventually(() => expect(onA.text.toString()).toBe('课程目标：掌握网店运营'));
      // A burst from both sides at once, each edit its own frame.
      for (let i = 0; i < 40; i++) {
        onA.text.insert(0, `甲${i}`);
        onB.text.insert(onB.text.length, `乙${i}`);
        if (i % 8 === 0) await sleep(5);
      }
      await eventually(() => {
        expect(onA.text.toString()).toBe(onB.text.toString());
        expect(onA.text.toString()).toContain('甲39');
        expect(onA.text.toString()).toContain('乙39');
      });
      const { a, b } = nodes;
      await serverHas(a, docId, onA.doc);
      await serverHas(b, docId, onB.doc);
      // What is stored is what everyone sees: a node opening the document fresh agrees.
      const stored = await a.store.loadState(docId);
      const fresh = new Y.Doc();
      if (stored.checkpoint) Y.applyUpdate(fresh, stored.checkpoint.state);
      for (const u of stored.updates) Y.applyUpdate(fresh, u);
      expect(fresh.getText('t').toString()).toBe(onA.text.toString());
    });

    it('nothing is broadcast to the other node before it is stored', async () => {
      const nodes = await startNodes(backend);
      const { onA, onB, docId } = await editorsOnBothNodes(nodes);
      nodes.storeA.hold();
      onA.text.insert(0, '企业导师');
      await eventually(() =>
        expect(nodes.a.rooms.peek(docId)?.doc.getText('t').toString()).toBe('企业导师'),
      );
      await sleep(300);
      expect(onB.text.toString()).toBe('');
      expect(nodes.b.rooms.peek(docId)?.doc.getText('t').toString()).toBe('');
      nodes.storeA.release();
      await eventually(() => expect(onB.text.toString()).toBe('企业导师'));
    });

    it('an update whose message was lost is read from the store at the next one', async () => {
      const nodes = await startNodes(backend);
      const { onA, onB, docId } = await editorsOnBothNodes(nodes);
      const restore = dropPublishes(nodes.a.rooms.fanout);
      onA.text.insert(0, '丢失的');
      await serverHas(nodes.a, docId, onA.doc);
      await sleep(300);
      expect(onB.text.toString()).toBe('');
      restore();
      onA.text.insert(onA.text.length, '与找回的');
      await eventually(() => expect(onB.text.toString()).toBe('丢失的与找回的'));
    });
  });
}

describe.runIf(REDIS_URL)('documents fan out across nodes through Redis', () => {
  describeSharedStore(sqlite);

  describe('on PostgreSQL, each node with its own pool', () => {
    const schema = useTestSchema();
    describeSharedStore({
      name: 'PostgreSQL',
      open() {
        const dbA = schema.open();
        const a = new PostgresDocumentStore(dbA);
        const b = new PostgresDocumentStore(schema.open());
        return {
          a,
          b,
          accounts: new PostgresAccountStore(dbA),
          close: async () => {
            await a.close();
            await b.close();
          },
        };
      },
    });
  });

  it('a restore made on a node where the document is not open reaches editors on another', async () => {
    const nodes = await startNodes(sqlite);
    const { a, b } = nodes;
    const docId = await createDocument(a);
    const onB = connect(b, docId);
    await onB.synced();
    onB.text.insert(0, '32 学时');
    await serverHas(b, docId, onB.doc);
    const named = await api(b, 'POST', `/api/documents/${docId}/versions`, { label: 'agreed' });
    expect(named.status).toBe(201);
    onB.text.delete(0, onB.text.length);
    onB.text.insert(0, '48 学时');
    await serverHas(b, docId, onB.doc);
    expect(a.rooms.peek(docId)).toBeNull();
    const restored = await api(a, 'POST', `/api/documents/${docId}/restore`, {
      versionId: named.json.id,
      reason: 'committee kept 32',
    });
    expect(restored.status).toBe(201);
    await eventually(() => expect(onB.text.toString()).toBe('32 学时'));
  });

  it('awareness of a person on node A reaches node B, and so does their leaving', async () => {
    const nodes = await startNodes(sqlite);
    const { a, b } = nodes;
    const docId = await createDocument(a);
    const onA = connect(a, docId);
    await onA.synced();
    onA.provider.awareness.setLocalState({ cursor: { anchor: 3 }, name: 'forged name' });
    await eventually(() =>
      expect(a.rooms.peek(docId)?.cursorStates.get(onA.doc.clientID)).toBeDefined(),
    );
    // Node B opens the document after the cursor was set: it asks, and does not wait 15 s.
    const partner = await b.addUser('editor', { side: 'enterprise' });
    const onB = connect(b, docId, partner.token);
    await onB.synced();
    await eventually(() => {
      const seen = onB.provider.awareness.getStates().get(onA.doc.clientID);
      expect(seen).toMatchObject({ cursor: { anchor: 3 }, name: a.owner.name });
    }, 3_000);
    onA.provider.awareness.setLocalState({ cursor: { anchor: 9 } });
    await eventually(() =>
      expect(onB.provider.awareness.getStates().get(onA.doc.clientID)).toMatchObject({
        cursor: { anchor: 9 },
      }),
    );
    onA.destroy();
    await eventually(() =>
      expect(onB.provider.awareness.getStates().has(onA.doc.clientID)).toBe(false),
    );
  });

  it('refuses with 4409 a Yjs client id another person used on another node', async () => {
    const nodes = await startNodes(sqlite);
    const { onA, onB, docId, partner } = await editorsOnBothNodes(nodes);
    onA.text.insert(0, 'owner text');
    await eventually(() => expect(onB.text.toString()).toBe('owner text'));
    const forger = new Y.Doc();
    Y.applyUpdate(forger, Y.encodeStateAsUpdate(onA.doc));
    // Set after the sync: Yjs would pick a new id on seeing its own id's structs arrive.
    forger.clientID = onA.doc.clientID;
    const sv = Y.encodeStateVector(forger);
    forger.getText('t').insert(0, 'not the owner: ');
    const bad = rawSocket(nodes.b, docId, partner.token);
    await bad.opened;
    // y-websocket: message SYNC (0), sync message UPDATE (2), the update.
    bad.ws.send(frame(0, 2, Y.encodeStateAsUpdate(forger, sv)));
    expect(await bad.closed).toBe(CloseCode.CLIENT_ID_TAKEN);
    expect(nodes.b.rooms.peek(docId)?.doc.getText('t').toString()).toBe('owner text');
  });

  it('a client moving to a node that has not heard of what it saw is not taken for a thief', async () => {
    const nodes = await startNodes(sqlite);
    const { onA, onB, docId, partner } = await editorsOnBothNodes(nodes);
    onA.text.insert(0, 'before; ');
    await eventually(() => expect(onB.text.toString()).toBe('before; '));
    const partnerOnA = connect(nodes.a, docId, partner.token);
    await partnerOnA.synced();
    dropPublishes(nodes.a.rooms.fanout);
    onA.text.insert(onA.text.length, 'seen on A only');
    await eventually(() => expect(partnerOnA.text.toString()).toBe('before; seen on A only'));
    // The partner's tab reconnects through the load balancer to node B, carrying the owner's
    // edit that node B never heard of: its sync step 2 holds the owner's client id.
    const moved = new Y.Doc();
    Y.applyUpdate(moved, Y.encodeStateAsUpdate(partnerOnA.doc));
    partnerOnA.destroy();
    const onBAgain = connect(nodes.b, docId, partner.token, moved);
    await onBAgain.synced();
    await eventually(() => expect(onB.text.toString()).toBe('before; seen on A only'));
    expect(onBAgain.provider.wsconnected).toBe(true);
  });

  it.runIf(HAS_REDIS_SERVER)(
    'Redis stopped mid-session: both nodes keep editing, and converge once it is back',
    async () => {
      const redis = await startRedisServer();
      cleanups.push(async () => redis.stop());
      const nodes = await startNodes(sqlite, redis.url);
      const { onA, onB, docId } = await editorsOnBothNodes(nodes);
      onA.text.insert(0, '开始。');
      await eventually(() => expect(onB.text.toString()).toBe('开始。'));
      const secondOnA = connect(nodes.a, docId);
      await secondOnA.synced();

      await redis.stop();
      onA.text.insert(onA.text.length, 'A 断网时写的。');
      onB.text.insert(0, 'B 断网时写的。');
      // Each node still serves its own people, and stores what they write.
      await eventually(() => expect(secondOnA.text.toString()).toContain('A 断网时写的。'));
      await serverHas(nodes.a, docId, onA.doc);
      await serverHas(nodes.b, docId, onB.doc);
      expect(onB.text.toString()).not.toContain('A 断网时写的。');

      await redis.start();
      await eventually(() => {
        expect(onA.text.toString()).toBe(onB.text.toString());
        expect(onA.text.toString()).toContain('A 断网时写的。');
        expect(onA.text.toString()).toContain('B 断网时写的。');
      }, 15_000);
      // Editing goes on across nodes as before.
      onB.text.insert(0, '恢复。');
      await eventually(() => expect(onA.text.toString().startsWith('恢复。')).toBe(true));
    },
  );
});

async function api(server: TestServer, method: string, path: string, body: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${server.owner.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as { id: string } };
}
