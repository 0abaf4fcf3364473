import { afterEach, describe, expect, it } from 'vitest';
import { MemoryAccountStore, MemoryDocumentStore } from '../src/persistence';
import { createDocument, startServer, type TestServer } from './harness';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('test servers on memory stores', () => {
  it('runs on the stores the project asks for (server-memory-store: no SQLite at all)', async () => {
    server = await startServer();
    const memory = process.env.TANDEM_TEST_STORES === 'memory';
    expect(server.db === null).toBe(memory);
    expect(server.accounts instanceof MemoryAccountStore).toBe(memory);
  });

  it('serves documents, members and sessions with every store in memory', async () => {
    server = await startServer({ memory: true });
    expect(server.db).toBeNull();
    expect(server.store).toBeInstanceOf(MemoryDocumentStore);
    const id = await createDocument(server);
    const editor = await server.addUser('editor', { side: 'enterprise' });
    const res = await fetch(`${server.url}/api/workspaces/${server.workspaceId}`, {
      headers: { authorization: `Bearer ${editor.token}` },
    });
    expect(res.status).toBe(200);
    const { members } = (await res.json()) as { members: { user: { id: string } }[] };
    expect(members.map((m) => m.user.id).sort()).toEqual([server.owner.id, editor.id].sort());
    expect((await server.store.getDocument(id))?.workspaceId).toBe(server.workspaceId);
  });
});
