import type { Ack } from '@tandem/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { DelegatingDocumentStore } from '../src/persistence/DelegatingDocumentStore';
import { EVENT_RATES, FLOOD_DISCONNECT } from '../src/presence/handle';
import { createDocument, eventually, startServer, type TestServer } from './harness';
import {
  connectRealtime,
  expectOk,
  FAST_PRESENCE as FAST,
  type RealtimeClient,
} from './socketClient';

/**
 * A signed-in person's socket.io connection flooding events: each presence update may read the
 * store (a new document) and writes the presence registry (Redis on a cluster), so an
 * unbounded stream from one tab would be paid for by everyone else on the server.
 */

let servers: TestServer[] = [];
let clients: RealtimeClient[] = [];
afterEach(async () => {
  for (const c of clients) c.close();
  clients = [];
  for (const s of servers) await s.close();
  servers = [];
});

/** `tab`'s entry in the latest snapshot `watcher` received. */
const placeOf = (tab: RealtimeClient, watcher: RealtimeClient) =>
  watcher
    .received('presence:snapshot')
    .at(-1)
    ?.entries?.find((e) => e.connId === tab.socket.id);

async function setup() {
  const s = await startServer({ presence: FAST });
  servers.push(s);
  const flooder = await s.addUser('editor', { side: 'enterprise' });
  const docs = [await createDocument(s), await createDocument(s)];
  const watcher = await connectRealtime(s.url, s.owner.token);
  const tab = await connectRealtime(s.url, flooder.token);
  clients.push(watcher, tab);
  expectOk(await watcher.call('presence:join', { workspaceId: s.workspaceId }));
  expectOk(await tab.call('presence:join', { workspaceId: s.workspaceId }));
  return { s, flooder, docs, watcher, tab };
}

describe('[hardening] a socket.io connection flooding events', () => {
  it('is refused past its budget with RATE_LIMITED, does nothing for those, and is served again once it slows', async () => {
    const { docs, watcher, tab } = await setup();
    const { burst, perSecond } = EVENT_RATES['presence:update'];
    // Enough to be refused many times, fewer refusals than would cut the socket off.
    const SENT = burst + FLOOD_DISCONNECT.refusals / 2;
    const started = performance.now();
    // Alternating documents: each accepted update looks the document up in the store.
    const answers = await Promise.all(
      Array.from({ length: SENT }, (_, i) =>
        tab.call('presence:update', {
          documentId: docs[i % 2] ?? null,
          location: { section: `s${i}` },
        }),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    const accepted = answers.filter((a) => a.ok).length;
    const refused = answers.filter((a): a is Extract<Ack<null>, { ok: false }> => !a.ok);
    expect(accepted).toBeGreaterThanOrEqual(burst);
    expect(accepted).toBeLessThanOrEqual(burst + Math.ceil(perSecond * seconds) + 1);
    expect(refused.length).toBe(SENT - accepted);
    expect(new Set(refused.map((r) => r.code))).toEqual(new Set(['RATE_LIMITED']));
    expect(refused[0]?.message).toMatch(/too many presence:update/);
    // What was refused never reached the registry: the last accepted place is what others see.
    const lastAccepted = answers.findLastIndex((a) => a.ok);
    await eventually(() =>
      expect(placeOf(tab, watcher)?.location).toEqual({ section: `s${lastAccepted}` }),
    );
    expect(tab.socket.connected).toBe(true);
    // A budget refills: a second later the same tab is served as before.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expectOk(await tab.call('presence:update', { location: { section: 'calm' } }));
    // Its neighbours never noticed: the owner's own calls are answered at once.
    expectOk(await watcher.call('presence:update', { location: { section: '2' } }));
  });

  it('is disconnected once it goes on sending far past its budget', async () => {
    const { watcher, tab } = await setup();
    const gone = new Promise<string>((resolve) => tab.socket.once('disconnect', resolve));
    // Fire and forget, as a script would: no waiting for answers.
    for (let i = 0; i < FLOOD_DISCONNECT.refusals + 200; i++) {
      tab.socket.emit('presence:update', { location: { section: `s${i}` } }, () => undefined);
    }
    expect(await gone).toBe('io server disconnect');
    // Its presence left with it; the watcher's socket is untouched.
    await eventually(() => expect(watcher.received('presence:snapshot').at(-1)?.people).toBe(1));
    expect(watcher.socket.connected).toBe(true);
    expectOk(await watcher.call('presence:update', { location: { section: '3' } }));
  });

  it('budgets each kind of event apart: a flood of one leaves the others answered', async () => {
    const { s, tab } = await setup();
    const flood = await Promise.all(
      Array.from({ length: EVENT_RATES['presence:update'].burst + 20 }, () =>
        tab.call('presence:update', { status: 'active' }),
      ),
    );
    expect(flood.filter((a) => !a.ok && a.code === 'RATE_LIMITED').length).toBeGreaterThan(0);
    const sessions = await tab.call('session:list', { workspaceId: s.workspaceId });
    expect(sessions.ok).toBe(true);
  });
});

describe('[hardening] socket.io connections per person', () => {
  it('refuses the handshake past the limit with TOO_MANY_CONNECTIONS; a closed one frees a place', async () => {
    const s = await startServer({ presence: FAST, maxSocketsPerUser: 3 });
    servers.push(s);
    const editor = await s.addUser('editor');
    const tabs = [];
    for (let i = 0; i < 3; i++) tabs.push(await connectRealtime(s.url, editor.token));
    clients.push(...tabs);
    await expect(connectRealtime(s.url, editor.token)).rejects.toThrow('TOO_MANY_CONNECTIONS');
    // Another person is not counted against them.
    clients.push(await connectRealtime(s.url, s.owner.token));
    const first = tabs[0];
    if (!first) throw new Error('no tab');
    const gone = new Promise((resolve) => first.socket.once('disconnect', resolve));
    first.close();
    await gone;
    await eventually(async () => {
      const again = await connectRealtime(s.url, editor.token);
      clients.push(again);
      expectOk(await again.call('presence:join', { workspaceId: s.workspaceId }));
    });
  });
});

/** A store whose document lookups wait, while armed, until the test lets them through. */
class GatedStore extends DelegatingDocumentStore {
  armed = false;
  private readonly waiting: (() => void)[] = [];

  override async getDocument(id: string) {
    if (this.armed) await new Promise<void>((resolve) => this.waiting.push(resolve));
    return this.inner.getDocument(id);
  }

  async held(count: number): Promise<void> {
    await eventually(() => expect(this.waiting.length).toBe(count));
  }

  release(): void {
    this.armed = false;
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}

describe('presence updates from one socket, while a document is looked up', () => {
  async function gated() {
    let gate: GatedStore | undefined;
    const s = await startServer({
      presence: FAST,
      wrapStore: (store) => {
        gate = new GatedStore(store);
        return gate;
      },
    });
    servers.push(s);
    if (!gate) throw new Error('no store');
    const docId = await createDocument(s);
    const watcher = await connectRealtime(s.url, s.owner.token);
    const tab = await connectRealtime(s.url, (await s.addUser('editor')).token);
    clients.push(watcher, tab);
    expectOk(await watcher.call('presence:join', { workspaceId: s.workspaceId }));
    expectOk(await tab.call('presence:join', { workspaceId: s.workspaceId }));
    return { s, gate, docId, watcher, tab };
  }

  it('apply in the order sent: a later move never lands before an earlier one', async () => {
    const { gate, docId, watcher, tab } = await gated();
    gate.armed = true;
    const opening = tab.call('presence:update', { documentId: docId, location: { section: '1' } });
    await gate.held(1);
    // Sent while the first waits for its document: it must not overtake it. Given time to reach
    // the server (and, were the two not in order, to be answered) before the first goes on.
    const moving = tab.call('presence:update', { location: { section: '2' } });
    await Promise.race([moving, new Promise((resolve) => setTimeout(resolve, 300))]);
    gate.release();
    expectOk(await opening);
    expectOk(await moving);
    await eventually(() =>
      expect(placeOf(tab, watcher)).toMatchObject({
        documentId: docId,
        location: { section: '2' },
      }),
    );
  });

  it('a leave while the document is looked up wins: the update does not bring the tab back', async () => {
    const { s, gate, docId, watcher, tab } = await gated();
    gate.armed = true;
    const opening = tab.call('presence:update', { documentId: docId });
    await gate.held(1);
    expectOk(await tab.call('presence:leave', { workspaceId: s.workspaceId }));
    gate.release();
    expect(await opening).toMatchObject({ ok: false, code: 'PRESENCE_NOT_JOINED' });
    await eventually(() => expect(watcher.received('presence:snapshot').at(-1)?.people).toBe(1));
    // And it stays gone: nothing of it was written back meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 3 * FAST.flushMs + FAST.ttlMs));
    expect(watcher.received('presence:snapshot').at(-1)?.people).toBe(1);
  });
});
