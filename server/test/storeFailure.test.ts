import { CloseCode } from '@tandem/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteDocumentStore } from '../src/persistence';
import {
  connectClient,
  createDocument,
  eventually,
  serverHas,
  startServer,
  type TestClient,
  type TestServer,
  tempDir,
} from './harness';

let server: TestServer;
let clients: TestClient[] = [];

afterEach(async () => {
  for (const c of clients) c.destroy();
  clients = [];
  await server.close();
});

function closeCodes(c: TestClient): number[] {
  const codes: number[] = [];
  c.provider.on('connection-close', (event: { code: number } | null) => {
    if (event) codes.push(event.code);
  });
  return codes;
}

describe('a failing store', () => {
  it('closes every connection with STORE_UNAVAILABLE on a full disk, then loses nothing once space returns', async () => {
    const dataDir = tempDir();
    const store = new SqliteDocumentStore({ dataDir });
    server = await startServer({ dataDir, store });
    const docId = await createDocument(server);
    const a = connectClient(server, docId);
    const b = connectClient(server, docId);
    clients.push(a, b);
    await Promise.all([a.synced(), b.synced()]);
    a.text.insert(0, 'saved before the disk filled. ');
    await serverHas(server, docId, a.doc);
    const aCodes = closeCodes(a);
    const bCodes = closeCodes(b);

    // The disk is "full": SQLite may not grow the file by a single page.
    const pages = store.db.pragma('page_count', { simple: true }) as number;
    store.db.pragma(`max_page_count = ${pages}`);
    a.text.insert(a.text.length, 'x'.repeat(200_000));

    await eventually(() => {
      expect(aCodes).toContain(CloseCode.STORE_UNAVAILABLE);
      expect(bCodes).toContain(CloseCode.STORE_UNAVAILABLE);
    });
    // Nothing unsaved was served: the other editor never received the edit.
    expect(b.text.length).toBe('saved before the disk filled. '.length);

    store.db.pragma('max_page_count = 1073741823');
    await eventually(() => {
      expect(b.text.toString()).toBe(a.text.toString());
    }, 15_000);
    const fresh = connectClient(server, docId);
    clients.push(fresh);
    await fresh.synced();
    expect(fresh.text.length).toBe(30 + 200_000);
  });

  it('answers 503 with a stable code when the API cannot reach the store', async () => {
    const dataDir = tempDir();
    const store = new SqliteDocumentStore({ dataDir });
    server = await startServer({ dataDir, store });
    store.db.close();
    const res = await fetch(`${server.url}/api/documents`, {
      headers: { authorization: `Bearer ${server.owner.token}` },
    });
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      code: 'STORE_UNAVAILABLE',
      message: 'storage is unavailable; try again',
    });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ checks: { store: 'failing' } });
  });
});
