import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  collector,
  connectClient,
  createDocument,
  eventually,
  rawSocket,
  serverHas,
  sleep,
  startServer,
  type TestClient,
  type TestServer,
} from './harness';

let server: TestServer;
let clients: TestClient[] = [];

const client = (docId: string, doc?: Y.Doc) => {
  const c = connectClient(server, docId, doc);
  clients.push(c);
  return c;
};

beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  for (const c of clients) c.destroy();
  clients = [];
  await server.close();
});

/** One y-websocket awareness frame (message type 1), as a client would send it. */
function encodeAwarenessFrame(awareness: awarenessProtocol.Awareness, ids: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, ids));
  return encoding.toUint8Array(encoder);
}

function randomEdit(c: TestClient, i: number): void {
  const len = c.text.length;
  if (len > 20 && i % 4 === 0) {
    c.text.delete(Math.floor(Math.random() * (len - 3)), 3);
  } else {
    c.text.insert(Math.floor(Math.random() * (len + 1)), `${c.doc.clientID % 97}:${i} `);
  }
}

describe('sync over y-websocket', () => {
  it('10 clients editing concurrently converge, and a late joiner gets the full state', async () => {
    const docId = await createDocument(server);
    const cs = Array.from({ length: 10 }, () => client(docId));
    await Promise.all(cs.map((c) => c.synced()));
    for (let round = 0; round < 20; round++) {
      for (const [k, c] of cs.entries()) randomEdit(c, round * 10 + k);
      await sleep(5);
    }
    await eventually(() => {
      const first = cs[0]!.text.toString();
      for (const c of cs) expect(c.text.toString()).toBe(first);
    });
    const expected = cs[0]!.text.toString();
    expect(expected.length).toBeGreaterThan(100);

    const late = client(docId);
    await late.synced();
    expect(late.text.toString()).toBe(expected);
  });

  it('a dropped socket reconnects, sends what it edited meanwhile, and converges', async () => {
    const docId = await createDocument(server);
    const a = client(docId);
    const b = client(docId);
    await Promise.all([a.synced(), b.synced()]);
    a.text.insert(0, 'before ');
    await eventually(() => expect(b.text.toString()).toBe('before '));

    a.provider.ws?.close(); // as a network drop would: the provider reconnects by itself
    a.text.insert(a.text.length, 'while-away ');
    b.text.insert(0, 'meanwhile ');
    await eventually(() => {
      expect(a.provider.wsconnected).toBe(true);
      expect(a.text.toString()).toBe(b.text.toString());
    });
    expect(a.text.toString()).toContain('while-away');
    expect(a.text.toString()).toContain('meanwhile');
  });

  it('relays awareness and removes a client’s entry when it leaves', async () => {
    const docId = await createDocument(server);
    const a = client(docId);
    const b = client(docId);
    await Promise.all([a.synced(), b.synced()]);
    a.provider.awareness.setLocalStateField('user', { name: 'Li Wei', color: '#2f6f9f' });
    await eventually(() =>
      expect(b.provider.awareness.getStates().get(a.doc.clientID)).toMatchObject({
        user: { name: 'Li Wei' },
      }),
    );
    // Leave without saying goodbye: the server must clear the entry itself.
    a.provider.shouldConnect = false;
    a.provider.ws?.close();
    await eventually(() =>
      expect(b.provider.awareness.getStates().has(a.doc.clientID)).toBe(false),
    );
  });

  it('broadcasts frames of every length class intact, in order, and never back to their sender', async () => {
    const docId = await createDocument(server);
    const a = client(docId);
    const b = client(docId);
    await Promise.all([a.synced(), b.synced()]);
    let echoes = 0;
    a.provider.ws?.addEventListener('message', (event: MessageEvent) => {
      const bytes = new Uint8Array(event.data as ArrayBuffer);
      if (bytes[0] === 0 && bytes[1] === 2) echoes++; // a sync update
    });
    // Payloads under 126 bytes, up to 64 KiB and beyond have 2-, 4- and 10-byte headers; the
    // three inserts leave in one turn, so the server logs and broadcasts them as one batch.
    a.doc.transact(() => a.text.insert(0, 'x'));
    a.doc.transact(() => a.text.insert(1, 'y'.repeat(2_000)));
    a.doc.transact(() => a.text.insert(2_001, 'z'.repeat(100_000)));
    await eventually(() => expect(b.text.toString()).toBe(a.text.toString()));
    expect(b.text.length).toBe(102_001);
    await sleep(100);
    expect(echoes).toBe(0);
  });

  it('coalesces awareness per tick: twenty cursors moving at once reach a watcher in a few frames, each at its newest state', async () => {
    const docId = await createDocument(server);
    const cs = Array.from({ length: 20 }, () => client(docId));
    await Promise.all(cs.map((c) => c.synced()));
    const watcher = rawSocket(server, docId);
    const seen = new awarenessProtocol.Awareness(new Y.Doc());
    let frames = 0;
    watcher.ws.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== 1) return;
      frames++;
      awarenessProtocol.applyAwarenessUpdate(seen, decoding.readVarUint8Array(decoder), 'server');
    });
    await watcher.opened;
    await sleep(100);
    frames = 0;
    const rounds = 10;
    for (let round = 1; round <= rounds; round++) {
      for (const c of cs) c.provider.awareness.setLocalStateField('cursor', round);
      await sleep(5);
    }
    await eventually(() => {
      for (const c of cs)
        expect(seen.getStates().get(c.doc.clientID)).toMatchObject({ cursor: rounds });
    });
    // One frame per change would be 200; a frame per 25 ms tick is a handful.
    expect(frames).toBeLessThan((rounds * cs.length) / 4);
    watcher.ws.close();
    seen.destroy();
  });

  it('vouches for awareness: names and sides are the signed-in person’s, and nobody writes another’s entry', async () => {
    const docId = await createDocument(server);
    const partner = await server.addUser('editor', { side: 'enterprise' });
    const a = client(docId);
    const b = connectClient(server, docId, new Y.Doc(), partner.token);
    clients.push(b);
    await Promise.all([a.synced(), b.synced()]);
    b.provider.awareness.setLocalState({ name: 'Li Wei' });
    await eventually(() =>
      expect(a.provider.awareness.getStates().get(b.doc.clientID)).toMatchObject({
        name: partner.name,
        awarenessData: { side: 'enterprise' },
      }),
    );
    a.provider.awareness.setLocalState({ name: 'Owner', awarenessData: { side: 'enterprise' } });
    await eventually(() =>
      expect(b.provider.awareness.getStates().get(a.doc.clientID)).toMatchObject({
        name: server.owner.name,
        awarenessData: { side: 'school' },
      }),
    );
    // b forges an entry for a's client id: the server drops it, so nobody sees it.
    const forged = new Map([[a.doc.clientID, { clock: 1000, lastUpdated: 0 }]]);
    const fake = new Y.Doc();
    const spoof = new awarenessProtocol.Awareness(fake);
    spoof.clientID = a.doc.clientID;
    spoof.meta = forged;
    spoof.setLocalState({ name: 'Forged' });
    b.provider.ws?.send(encodeAwarenessFrame(spoof, [a.doc.clientID]));
    const c = client(docId);
    await c.synced();
    await sleep(300);
    expect(c.provider.awareness.getStates().get(a.doc.clientID)).toMatchObject({
      name: server.owner.name,
    });
    spoof.destroy();
    fake.destroy();
  });

  it('keeps a person’s awareness entry theirs across a reconnect; nobody else can take it over', async () => {
    const docId = await createDocument(server);
    const partner = await server.addUser('editor', { side: 'enterprise' });
    const a = client(docId);
    const b = connectClient(server, docId, new Y.Doc(), partner.token);
    clients.push(b);
    await Promise.all([a.synced(), b.synced()]);
    a.provider.awareness.setLocalStateField('cursor', 1);
    await eventually(() =>
      expect(b.provider.awareness.getStates().get(a.doc.clientID)).toMatchObject({ cursor: 1 }),
    );
    // a drops and comes back: the server sees the same client id as an update, not a newcomer.
    a.provider.disconnect();
    await eventually(() =>
      expect(b.provider.awareness.getStates().has(a.doc.clientID)).toBe(false),
    );
    a.provider.connect();
    await a.synced();
    a.provider.awareness.setLocalStateField('cursor', 2);
    await eventually(() =>
      expect(b.provider.awareness.getStates().get(a.doc.clientID)).toMatchObject({ cursor: 2 }),
    );
    // b forges a's entry with a far newer clock: refused, and a keeps writing its own.
    const fake = new Y.Doc();
    const spoof = new awarenessProtocol.Awareness(fake);
    spoof.clientID = a.doc.clientID;
    spoof.meta = new Map([[a.doc.clientID, { clock: 1_000_000, lastUpdated: 0 }]]);
    spoof.setLocalState({ cursor: 'hijacked' });
    b.provider.ws?.send(encodeAwarenessFrame(spoof, [a.doc.clientID]));
    a.provider.awareness.setLocalStateField('cursor', 3);
    const c = client(docId);
    await c.synced();
    await eventually(() =>
      expect(c.provider.awareness.getStates().get(a.doc.clientID)).toMatchObject({ cursor: 3 }),
    );
    spoof.destroy();
    fake.destroy();
  });

  it('keeps content identical across a restart on the same data dir', async () => {
    const docId = await createDocument(server);
    const a = client(docId);
    await a.synced();
    a.doc.get('root', Y.XmlText).insert(0, '课程标准：京东平台店铺运营');
    for (let i = 0; i < 50; i++) randomEdit(a, i);
    await serverHas(server, docId, a.doc);
    const before = Y.encodeStateAsUpdate(a.doc);
    const text = a.text.toString();
    a.destroy();
    clients = [];
    const { dataDir, port } = server;
    await server.close();

    server = await startServer({ dataDir, port });
    const fresh = client(docId);
    await fresh.synced();
    expect(fresh.text.toString()).toBe(text);
    expect(fresh.doc.get('root', Y.XmlText).toString()).toBe('课程标准：京东平台店铺运营');
    const replay = new Y.Doc();
    Y.applyUpdate(replay, before);
    expect(Y.encodeStateVector(fresh.doc)).toEqual(Y.encodeStateVector(replay));
  });

  it('unloads an idle document and serves it again from the store', async () => {
    await server.close();
    server = await startServer({ roomIdleMs: 50 });
    const docId = await createDocument(server);
    const a = client(docId);
    await a.synced();
    a.text.insert(0, 'persisted');
    await eventually(() => expect(server.rooms.peek(docId)).not.toBeNull());
    a.destroy();
    await eventually(() => expect(server.rooms.openRooms).toBe(0));
    const b = client(docId);
    await b.synced();
    expect(b.text.toString()).toBe('persisted');
  });

  it('rests a quiet document: its Y.Doc is freed, joiners and cursors carry on, the next edit wakes it', async () => {
    await server.close();
    server = await startServer({ roomRestMs: 50 });
    const docId = await createDocument(server);
    const a = client(docId);
    await a.synced();
    a.text.insert(0, 'at rest');
    a.provider.awareness.setLocalStateField('cursor', { at: 3 });
    const room = server.rooms.peek(docId);
    if (!room) throw new Error('room not open');
    await room.flushed();
    const liveDoc = new WeakRef(room.doc);
    await eventually(() => expect(room.isResting).toBe(true));
    // Nothing but the room held the Y.Doc: once resting, it is garbage.
    const gc = collector();
    for (let i = 0; i < 5 && liveDoc.deref(); i++) {
      await sleep(20);
      gc();
    }
    expect(liveDoc.deref()).toBeUndefined();
    // A joiner syncs from the encoded state, and sees the cursor, without waking the room.
    const b = client(docId);
    await b.synced();
    expect(b.text.toString()).toBe('at rest');
    await eventually(() =>
      expect(b.provider.awareness.getStates().get(a.doc.clientID)?.cursor).toEqual({ at: 3 }),
    );
    expect(room.isResting).toBe(true);
    // An edit wakes it; everyone gets it, it is stored, and the room rests again later.
    a.text.insert(7, ', then woken');
    await eventually(() => expect(b.text.toString()).toBe('at rest, then woken'));
    await serverHas(server, docId, a.doc);
    await eventually(() => expect(room.isResting).toBe(true));
    expect(room.doc.getText('t').toString()).toBe('at rest, then woken');
  });

  it('answers an awareness query before anyone has a cursor, and with every cursor after', async () => {
    const docId = await createDocument(server);
    const asker = rawSocket(server, docId);
    const answers: number[][] = [];
    asker.ws.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== 1) return;
      const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
      const ids: number[] = [];
      for (let n = decoding.readVarUint(update); n > 0; n--) {
        ids.push(decoding.readVarUint(update));
        decoding.readVarUint(update);
        decoding.readVarString(update);
      }
      answers.push(ids);
    });
    await asker.opened;
    // The room has no cursor machinery yet: the answer is a well-formed update of no entries.
    asker.ws.send(Uint8Array.of(3));
    await eventually(() => expect(answers).toEqual([[]]));
    const a = client(docId);
    await a.synced();
    a.provider.awareness.setLocalStateField('cursor', { at: 0 });
    await eventually(() => expect(answers.at(-1)).toEqual([a.doc.clientID]));
    asker.ws.send(Uint8Array.of(3));
    await eventually(() => expect(answers).toHaveLength(3));
    expect(answers.at(-1)).toEqual([a.doc.clientID]);
    asker.ws.close();
  });

  it('writes checkpoints in the background and loads from them', async () => {
    await server.close();
    server = await startServer({ checkpointEvery: 20, roomIdleMs: 10 });
    const docId = await createDocument(server);
    const a = client(docId);
    await a.synced();
    for (let i = 0; i < 95; i++) a.text.insert(a.text.length, `${i},`);
    const expected = a.text.toString();
    await serverHas(server, docId, a.doc);
    a.destroy();
    await eventually(() => expect(server.rooms.openRooms).toBe(0));
    await server.compactor.idle();
    const { checkpoint, updates } = await server.store.loadState(docId);
    expect(checkpoint?.seq).toBe(96); // 95 edits plus the layout header
    expect(updates).toHaveLength(0);
    const b = client(docId);
    await b.synced();
    expect(b.text.toString()).toBe(expected);
  });

  it('records the connection and Yjs client of every logged update', async () => {
    const docId = await createDocument(server);
    const a = client(docId);
    await a.synced();
    a.text.insert(0, 'attributed');
    let logged: Awaited<ReturnType<typeof server.store.readUpdates>> = [];
    for (let i = 0; i < 100 && logged.length < 2; i++) {
      await sleep(20);
      logged = await server.store.readUpdates(docId, 0);
    }
    expect(logged).toHaveLength(2);
    expect(logged[0]?.connId).toBe('server:create');
    const last = logged.at(-1)!;
    expect(last.clientIds).toEqual([a.doc.clientID]);
    expect(last.connId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
