import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openPostgresStores } from '../src/persistence';
import { PostgresAccountStore, PostgresDocumentStore } from '../src/persistence/postgres';
import {
  createScratchSchema,
  type ScratchSchema,
  TEST_DATABASE_URL,
} from '../src/persistence/postgres/testSchema';
import {
  connectClient,
  createDocument,
  eventually,
  serverHas,
  startServer,
  type TestClient,
  type TestServer,
} from './harness';

let servers: TestServer[] = [];
let clients: TestClient[] = [];
let schema: ScratchSchema | null = null;
afterEach(async () => {
  for (const c of clients) c.destroy();
  clients = [];
  for (const s of servers) await s.close();
  servers = [];
  await schema?.drop();
  schema = null;
});

/** The text of the document as the store rebuilds it from its log, with no room involved. */
async function storedText(store: PostgresDocumentStore, docId: string): Promise<string> {
  const { checkpoint, updates } = await store.loadState(docId);
  const doc = new Y.Doc();
  if (checkpoint) Y.applyUpdate(doc, checkpoint.state);
  for (const u of updates) Y.applyUpdate(doc, u);
  const text = doc.getText('t').toString();
  doc.destroy();
  return text;
}

describe('a server on PostgreSQL', () => {
  it('keeps documents and accounts there, answers /readyz and logs every edit', async () => {
    const server = await startServer({ postgres: true });
    servers.push(server);
    expect(server.store).toBeInstanceOf(PostgresDocumentStore);
    expect(server.accounts).toBeInstanceOf(PostgresAccountStore);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);

    const docId = await createDocument(server);
    const a = connectClient(server, docId);
    const b = connectClient(server, docId);
    clients.push(a, b);
    await Promise.all([a.synced(), b.synced()]);
    a.text.insert(0, 'school ');
    b.text.insert(0, 'enterprise ');
    await eventually(() => expect(a.text.toString()).toBe(b.text.toString()));
    await serverHas(server, docId, a.doc);
    expect(await storedText(server.store as PostgresDocumentStore, docId)).toBe(a.text.toString());
  });

  it('two nodes share one database: each serves what the other stored, and logs beside it', async () => {
    schema = await createScratchSchema();
    const node = () => openPostgresStores(TEST_DATABASE_URL, { schema: schema?.name, max: 4 });
    const [one, two] = [await node(), await node()];
    const first = await startServer({ store: one.documents, accounts: one.accounts });
    servers.push(first);
    const second = await startServer({ store: two.documents, accounts: two.accounts });
    servers.push(second);
    expect(second.workspaceId).toBe(first.workspaceId);

    const docId = await createDocument(first);
    const a = connectClient(first, docId);
    clients.push(a);
    await a.synced();
    a.text.insert(0, 'from the first node');
    await serverHas(first, docId, a.doc);

    // The second node has never seen the document: it loads it from the shared log.
    const b = connectClient(second, docId, new Y.Doc(), second.owner.token);
    clients.push(b);
    await b.synced();
    expect(b.text.toString()).toBe('from the first node');

    // Both nodes append to the one log at once (no Redis here, so neither sees the other live).
    for (let i = 0; i < 20; i++) {
      a.text.insert(a.text.length, ` a${i}`);
      b.text.insert(0, `b${i} `);
    }
    await serverHas(first, docId, a.doc);
    await serverHas(second, docId, b.doc);
    const merged = new Y.Doc();
    Y.applyUpdate(merged, Y.encodeStateAsUpdate(a.doc));
    Y.applyUpdate(merged, Y.encodeStateAsUpdate(b.doc));
    const store = one.documents as PostgresDocumentStore;
    expect(await storedText(store, docId)).toBe(merged.getText('t').toString());
    const seqs = (await store.updateMeta(docId, 0)).map((m) => m.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    merged.destroy();
  });
});
