import type { PresenceSnapshot } from '@tandem/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { connectRedis } from '../src/connectRedis';
import { createLogger } from '../src/logger';
import type { RedisClient } from '../src/redis';
import { createDocument, eventually, startServer, type TestServer } from './harness';
import {
  connectRealtime,
  expectOk,
  FAST_PRESENCE as FAST,
  type RealtimeClient,
} from './socketClient';
import { startTcpProxy, type TcpProxy } from './tcpProxy';

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) {
  process.stderr.write('\n[presence.test] REDIS_URL is not set: skipping the Redis registry\n\n');
}
const log = createLogger('silent', false);

let servers: TestServer[] = [];
let clients: RealtimeClient[] = [];
let proxies: TcpProxy[] = [];
afterEach(async () => {
  for (const c of clients) c.close();
  clients = [];
  // A frozen link holds the server's WebSocket close handshake open for 30 s: cut it first.
  for (const p of proxies) await p.close();
  proxies = [];
  // Later servers may share the first one's account store: close them first.
  for (const s of servers.reverse()) await s.close();
  servers = [];
});

async function client(server: TestServer, token: string, url = server.url) {
  const c = await connectRealtime(url, token);
  clients.push(c);
  return c;
}
const last = (c: RealtimeClient): PresenceSnapshot | undefined =>
  c.received('presence:snapshot').at(-1);
const names = (s: PresenceSnapshot | undefined) => (s?.entries ?? []).map((e) => e.userId).sort();

const registries = [
  { name: 'memory', redis: (): RedisClient | undefined => undefined, skip: false },
  {
    name: 'redis',
    redis: (): RedisClient | undefined => connectRedis(REDIS_URL ?? '', log),
    skip: !REDIS_URL,
  },
];

describe.each(registries)('presence with the $name registry', ({ redis, skip }) => {
  async function server() {
    const s = await startServer({ redis: redis(), presence: FAST });
    servers.push(s);
    return s;
  }

  it.skipIf(skip)(
    '[P3][P4] shows who joined, with side, role and place, and drops a closed tab',
    async () => {
      const s = await server();
      const enterprise = await s.addUser('editor', { side: 'enterprise' });
      const docId = await createDocument(s);
      const a = await client(s, s.owner.token);
      const b = await client(s, enterprise.token);
      expectOk(await a.call('presence:join', { workspaceId: s.workspaceId }));
      const joined = expectOk(await b.call('presence:join', { workspaceId: s.workspaceId }));
      expect(joined.people).toBe(2);
      expectOk(
        await b.call('presence:update', {
          documentId: docId,
          location: { section: 's4' },
          status: 'idle',
        }),
      );
      await eventually(() => {
        const entry = last(a)?.entries?.find((e) => e.userId === enterprise.id);
        expect(entry).toMatchObject({ side: 'enterprise', role: 'editor', status: 'idle' });
        expect(entry?.location).toEqual({ section: 's4' });
        expect(last(a)?.aggregate).toContainEqual({
          documentId: docId,
          section: 's4',
          count: 1,
          bySide: { school: 0, enterprise: 1 },
        });
      });
      b.close();
      await eventually(() => expect(names(last(a))).toEqual([s.owner.id]), 2_000);
    },
  );

  it.skipIf(skip)(
    '[P3][P5] counts one person once across tabs; watchers get counts only',
    async () => {
      const s = await server();
      const docId = await createDocument(s);
      const tab1 = await client(s, s.owner.token);
      const tab2 = await client(s, s.owner.token);
      const watcher = await client(s, (await s.addUser('viewer')).token);
      for (const c of [tab1, tab2]) {
        expectOk(await c.call('presence:join', { workspaceId: s.workspaceId }));
        expectOk(
          await c.call('presence:update', { documentId: docId, location: { section: '4' } }),
        );
      }
      expectOk(await watcher.call('presence:join', { workspaceId: s.workspaceId, mode: 'watch' }));
      await eventually(() => {
        const snap = last(watcher);
        expect(snap?.entries).toBeUndefined();
        expect(snap?.people).toBe(2);
        expect(snap?.aggregate.find((p) => p.section === '4')?.count).toBe(1);
      });
    },
  );

  it.skipIf(skip)('[P4] drops a silent connection within ping interval + timeout', async () => {
    const s = await server();
    const proxy = await startTcpProxy(s.port);
    proxies.push(proxy);
    const watcher = await client(s, s.owner.token);
    const laptop = await client(
      s,
      (await s.addUser('editor')).token,
      `http://127.0.0.1:${proxy.port}`,
    );
    expectOk(await watcher.call('presence:join', { workspaceId: s.workspaceId }));
    expectOk(await laptop.call('presence:join', { workspaceId: s.workspaceId }));
    await eventually(() => expect(last(watcher)?.people).toBe(2));
    const frozenAt = Date.now();
    proxy.freeze();
    await eventually(() => expect(last(watcher)?.people).toBe(1), 3_000);
    expect(Date.now() - frozenAt).toBeLessThan(FAST.pingIntervalMs + FAST.pingTimeoutMs + 1_000);
  });

  it.skipIf(skip)('[P4] forgets a node that died without cleanup after the ttl', async () => {
    const s = await server();
    const watcher = await client(s, s.owner.token);
    expectOk(await watcher.call('presence:join', { workspaceId: s.workspaceId }));
    await s.realtime.presence.registry.upsert({
      connId: 'ghost-on-a-dead-node',
      userId: 'ghost',
      name: 'Ghost',
      side: 'enterprise',
      role: 'editor',
      workspaceId: s.workspaceId,
      documentId: null,
      location: null,
      status: 'active',
      updatedAt: Date.now(),
    });
    await eventually(() => expect(names(last(watcher))).toContain('ghost'));
    await eventually(() => expect(names(last(watcher))).toEqual([s.owner.id]), 3_000);
  });

  it.skipIf(skip)('[P1][P2] refuses anonymous sockets, outsiders and bad payloads', async () => {
    const s = await server();
    await expect(connectRealtime(s.url, undefined)).rejects.toThrow('AUTH_REQUIRED');
    await expect(connectRealtime(s.url, 'not-a-token')).rejects.toThrow('AUTH_REQUIRED');
    const outsiderWs = await s.accounts.createWorkspace('Other');
    const outsider = await s.addUser('owner', { workspaceId: outsiderWs.id });
    const c = await client(s, outsider.token);
    const res = await c.call('presence:join', { workspaceId: s.workspaceId });
    expect(res).toMatchObject({ ok: false, code: 'WORKSPACE_NOT_FOUND' });
    const bad = await c.call('presence:join', { workspaceId: 42 } as never);
    expect(bad).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    const early = await c.call('presence:update', { status: 'away' });
    expect(early).toMatchObject({ ok: false, code: 'PRESENCE_NOT_JOINED' });
  });
});

describe('[P5] meeting scale: 60 in the session, 50 watchers', () => {
  it('coalesces 10 Hz movement into a few snapshots a second and counts everyone', async () => {
    const s = await startServer({ presence: { flushMs: 150 } });
    servers.push(s);
    const docId = await createDocument(s);
    const members = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        s.addUser('editor', { side: i % 2 ? 'enterprise' : 'school' }),
      ),
    );
    const watchers = await Promise.all(Array.from({ length: 50 }, () => s.addUser('viewer')));
    const memberSockets = await Promise.all(members.map((m) => client(s, m.token)));
    const watcherSockets = await Promise.all(watchers.map((w) => client(s, w.token)));
    await Promise.all(
      memberSockets.map((c) => c.call('presence:join', { workspaceId: s.workspaceId })),
    );
    await Promise.all(
      watcherSockets.map((c) =>
        c.call('presence:join', { workspaceId: s.workspaceId, mode: 'watch' }),
      ),
    );
    const before = watcherSockets.map((w) => w.received('presence:snapshot').length);
    const started = Date.now();
    for (let tick = 0; tick < 20; tick++) {
      for (const [i, c] of memberSockets.entries()) {
        c.socket.emit(
          'presence:update',
          { documentId: docId, location: { section: `${(i + tick) % 6}` } },
          () => undefined,
        );
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const c of memberSockets) {
      c.socket.emit(
        'presence:update',
        { documentId: docId, location: { section: '4' } },
        () => undefined,
      );
    }
    await eventually(() => {
      for (const w of watcherSockets) {
        const snap = last(w);
        expect(snap?.entries).toBeUndefined();
        expect(snap?.aggregate.find((p) => p.section === '4')).toMatchObject({
          count: 60,
          bySide: { school: 30, enterprise: 30 },
        });
      }
    });
    const elapsed = Date.now() - started;
    // 1,260 updates became at most one snapshot per flush for each watcher.
    const maxSnapshots = Math.ceil(elapsed / 150) + 2;
    watcherSockets.forEach((w, i) => {
      const got = w.received('presence:snapshot').length - (before[i] ?? 0);
      expect(got).toBeLessThanOrEqual(maxSnapshots);
    });
  });
});
