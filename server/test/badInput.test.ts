import { CloseCode } from '@tandem/protocol';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  connectClient,
  createDocument,
  eventually,
  frame,
  rawSocket,
  serverHas,
  startServer,
  type TestClient,
  type TestServer,
} from './harness';

let server: TestServer;
let clients: TestClient[] = [];

beforeEach(async () => {
  server = await startServer({ maxMessageBytes: 64 * 1024 });
});
afterEach(async () => {
  for (const c of clients) c.destroy();
  clients = [];
  await server.close();
});

/** A healthy editor beside the attacker: its document must stay intact and its socket open. */
async function bystander(docId: string) {
  const c = connectClient(server, docId);
  clients.push(c);
  await c.synced();
  c.text.insert(0, 'intact text');
  await serverHas(server, docId, c.doc);
  return c;
}

async function expectBystanderUnaffected(c: TestClient, docId: string) {
  c.text.insert(c.text.length, ' + more');
  await serverHas(server, docId, c.doc);
  expect(c.provider.wsconnected).toBe(true);
  const fresh = connectClient(server, docId);
  clients.push(fresh);
  await fresh.synced();
  expect(fresh.text.toString()).toBe('intact text + more');
}

describe('bad input on the sync endpoint', () => {
  it('refuses an unknown document with DOC_NOT_FOUND and does not create it', async () => {
    const unknown = rawSocket(server, 'doesNotExist1234');
    expect(await unknown.closed).toBe(CloseCode.DOC_NOT_FOUND);
    const invalid = rawSocket(server, 'bad%20id');
    expect(await invalid.closed).toBe(CloseCode.DOC_NOT_FOUND);
    expect(await server.store.getDocument('doesNotExist1234')).toBeNull();
    expect(server.rooms.openRooms).toBe(0);
  });

  const malformed: [string, Uint8Array][] = [
    ['an unknown message type', frame(9)],
    ['an unknown sync message', frame(0, 7, new Uint8Array([1]))],
    ['a truncated frame', new Uint8Array([0])],
    ['an empty frame', new Uint8Array([])],
    ['a garbled update', frame(0, 2, new Uint8Array([5, 200, 1, 2, 3, 250, 250, 250]))],
    ['a truncated update', frame(0, 2, truncatedUpdate())],
    ['a garbled state vector', frame(0, 0, new Uint8Array([3, 1]))],
    ['awareness with broken JSON', frame(1, awarenessWithBadJson())],
  ];
  for (const [what, bytes] of malformed) {
    it(`closes only the sender of ${what} with MALFORMED_MESSAGE`, async () => {
      const docId = await createDocument(server);
      const good = await bystander(docId);
      const before = (await server.store.loadState(docId)).lastSeq;
      const bad = rawSocket(server, docId);
      await bad.opened;
      bad.ws.send(bytes);
      expect(await bad.closed).toBe(CloseCode.MALFORMED_MESSAGE);
      expect((await server.store.loadState(docId)).lastSeq).toBe(before);
      await expectBystanderUnaffected(good, docId);
    });
  }

  it('closes an oversized frame with MESSAGE_TOO_BIG and keeps the document', async () => {
    const docId = await createDocument(server);
    const good = await bystander(docId);
    const bad = rawSocket(server, docId);
    await bad.opened;
    bad.ws.send(new Uint8Array(65 * 1024));
    expect(await bad.closed).toBe(CloseCode.MESSAGE_TOO_BIG);
    await expectBystanderUnaffected(good, docId);
  });

  it('buffers frames sent before the document finished loading', async () => {
    const docId = await createDocument(server);
    const author = new Y.Doc();
    author.getText('t').insert(0, 'sent at once');
    const raw = rawSocket(server, docId);
    await raw.opened;
    // Straight after open: the room is still checking and loading the document.
    raw.ws.send(frame(0, 2, Y.encodeStateAsUpdate(author)));
    const reader = connectClient(server, docId);
    clients.push(reader);
    await eventually(() => expect(reader.text.toString()).toBe('sent at once'));
    raw.ws.close();
  });
});

function truncatedUpdate(): Uint8Array {
  const d = new Y.Doc();
  d.getText('t').insert(0, 'a long enough piece of text to cut in half');
  const u = Y.encodeStateAsUpdate(d);
  return u.slice(0, Math.floor(u.length / 2));
}

function awarenessWithBadJson(): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, 42);
  encoding.writeVarUint(e, 1);
  encoding.writeVarString(e, '{"user": ');
  return encoding.toUint8Array(e);
}
