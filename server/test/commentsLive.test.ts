import { afterEach, describe, expect, it } from 'vitest';
import { createDocument, eventually } from './harness';
import { api, start } from './historyHelpers';
import { connectRealtime, expectOk, type RealtimeClient } from './socketClient';

const sockets: RealtimeClient[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.close();
});

describe('comment threads, live', () => {
  it('[H12] tells the workspace’s open pages when a document’s threads change, and nobody else', async () => {
    const server = await start();
    const member = await server.addUser('editor', { side: 'enterprise' });
    const other = await server.accounts.createWorkspace('Another group');
    const outsider = await server.addUser('owner', { workspaceId: other.id });
    const watching = await connectRealtime(server.url, member.token);
    const elsewhere = await connectRealtime(server.url, outsider.token);
    sockets.push(watching, elsewhere);
    expectOk(await watching.call('presence:join', { workspaceId: server.workspaceId }));
    expectOk(await elsewhere.call('presence:join', { workspaceId: other.id }));

    const docId = await createDocument(server);
    const created = await api<{ id: string }>(server, 'POST', `/api/documents/${docId}/comments`, {
      anchor: { kind: 'document' },
      body: 'Shall we add a live-stream practicum?',
    });
    expect(created.status).toBe(201);
    await eventually(() =>
      expect(watching.received('comments:changed')).toEqual([{ documentId: docId }]),
    );
    const thread = `/api/documents/${docId}/comments/${created.json.id}`;
    expect((await api(server, 'POST', `${thread}/replies`, { body: 'Yes.' })).status).toBe(201);
    expect((await api(server, 'POST', `${thread}/resolve`)).status).toBe(204);
    await eventually(() => expect(watching.received('comments:changed')).toHaveLength(3));
    expect(elsewhere.received('comments:changed')).toEqual([]);
  });
});
