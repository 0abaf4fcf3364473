import { CloseCode } from '@tandem/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import {
  connectClient,
  createDocument,
  rawSocket,
  startServer,
  type TestClient,
  type TestServer,
} from './harness';

/**
 * One person's sync sockets on a node are bounded (TANDEM_MAX_SOCKETS_PER_USER): each costs the
 * server buffers and a write per broadcast, and a script holding thousands of them on one
 * document would slow every edit of everyone in it.
 */
let server: TestServer | undefined;
const sockets: ReturnType<typeof rawSocket>[] = [];
const clients: TestClient[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.ws.terminate();
  for (const c of clients.splice(0)) c.destroy();
  await server?.close();
  server = undefined;
});

/** A bare socket that the server admitted: its first frame (the server's step 1) arrived. */
async function admitted(s: TestServer, docId: string, token: string) {
  const socket = rawSocket(s, docId, token);
  sockets.push(socket);
  const first = new Promise<void>((resolve) => socket.ws.once('message', () => resolve()));
  await Promise.race([first, socket.closed.then((code) => Promise.reject(new Error(`${code}`)))]);
  return socket;
}

describe('[hardening] sync sockets per person', () => {
  it('closes the socket past the limit with 4429; others are unaffected; a closed one frees a place', async () => {
    const MAX = 8;
    server = await startServer({ maxSocketsPerUser: MAX });
    const s = server;
    const docs = [await createDocument(s), await createDocument(s)];
    const editor = await s.addUser('editor');
    const held: ReturnType<typeof rawSocket>[] = [];
    for (let i = 0; i < MAX; i++) held.push(await admitted(s, docs[i % 2] ?? '', editor.token));
    // Whichever document it is for: the limit is the person's.
    const extra = rawSocket(s, docs[0] ?? '', editor.token);
    sockets.push(extra);
    expect(await extra.closed).toBe(CloseCode.TOO_MANY_CONNECTIONS);

    // Someone else joins and edits as always, and the held sockets still hear it.
    const owner = connectClient(s, docs[0] ?? '');
    clients.push(owner);
    await owner.synced();
    const heard = new Promise<void>((resolve) => held[0]?.ws.once('message', () => resolve()));
    owner.text.insert(0, 'still served');
    await heard;

    // Closing one gives its place back.
    held[1]?.ws.close();
    await held[1]?.closed;
    await admitted(s, docs[1] ?? '', editor.token);
  });

  it('refused sockets never count: a refused one leaves the place free', async () => {
    server = await startServer({ maxSocketsPerUser: 2 });
    const s = server;
    const docId = await createDocument(s);
    const editor = await s.addUser('editor');
    const missing = rawSocket(s, 'no-such-document', editor.token);
    sockets.push(missing);
    expect(await missing.closed).toBe(CloseCode.DOC_NOT_FOUND);
    await admitted(s, docId, editor.token);
    await admitted(s, docId, editor.token);
  });

  it('0 lifts the limit', async () => {
    server = await startServer({ maxSocketsPerUser: 0 });
    const s = server;
    const docId = await createDocument(s);
    for (let i = 0; i < 80; i++) await admitted(s, docId, s.owner.token);
  });
});
