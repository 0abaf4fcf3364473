import type { PresenceSnapshot } from '@tandem/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { connectRedis } from '../src/connectRedis';
import { createLogger } from '../src/logger';
import {
  connectClient,
  createDocument,
  eventually,
  serverHas,
  sleep,
  startServer,
  type TestServer,
} from './harness';
import {
  connectRealtime,
  expectOk,
  FAST_PRESENCE as FAST,
  type RealtimeClient,
} from './socketClient';
import { startTcpProxy, type TcpProxy } from './tcpProxy';

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) {
  process.stderr.write(
    '\n[presenceCluster.test] REDIS_URL is not set: skipping two-node and Redis-outage tests\n\n',
  );
}
const log = createLogger('silent', false);

let servers: TestServer[] = [];
let clients: RealtimeClient[] = [];
let proxies: TcpProxy[] = [];
afterEach(async () => {
  for (const c of clients) c.close();
  clients = [];
  for (const p of proxies) await p.close();
  proxies = [];
  for (const s of servers.reverse()) await s.close();
  servers = [];
});

async function client(server: TestServer, token: string) {
  const c = await connectRealtime(server.url, token);
  clients.push(c);
  return c;
}
const last = (c: RealtimeClient): PresenceSnapshot | undefined =>
  c.received('presence:snapshot').at(-1);
const people = (c: RealtimeClient) => (last(c)?.entries ?? []).map((e) => e.userId).sort();

describe.skipIf(!REDIS_URL)('presence across nodes through Redis', () => {
  it('[P6] two nodes on two ports see each other’s people, joins and leaves', async () => {
    const url = REDIS_URL ?? '';
    const a = await startServer({ redis: connectRedis(url, log), presence: FAST });
    servers.push(a);
    // Own data dir (own SQLite for documents) but the same accounts: one user base.
    const b = await startServer({
      redis: connectRedis(url, log),
      presence: FAST,
      accounts: a.accounts,
    });
    servers.push(b);
    expect(b.port).not.toBe(a.port);
    expect(b.workspaceId).toBe(a.workspaceId);
    const partner = await a.addUser('leader', { side: 'enterprise' });
    const onA = await client(a, a.owner.token);
    const onB = await client(b, partner.token);
    expectOk(await onA.call('presence:join', { workspaceId: a.workspaceId }));
    await eventually(() => expect(b.realtime.presence.registry.mode).toBe('redis'));
    expectOk(await onB.call('presence:join', { workspaceId: a.workspaceId }));
    const both = [a.owner.id, partner.id].sort();
    await eventually(() => expect(people(onA)).toEqual(both));
    await eventually(() => expect(people(onB)).toEqual(both));
    expectOk(await onB.call('presence:update', { location: { cell: 'c1' }, status: 'idle' }));
    await eventually(() =>
      expect(last(onA)?.entries?.find((e) => e.userId === partner.id)?.location).toEqual({
        cell: 'c1',
      }),
    );
    onB.close();
    await eventually(() => expect(people(onA)).toEqual([a.owner.id]), 2_000);
  });

  it('[P7] Redis down: editing goes on, presence degrades visibly, /readyz fails, then recovers', async () => {
    const redisPort = Number(new URL(REDIS_URL ?? '').port || 6379);
    const proxy = await startTcpProxy(redisPort);
    proxies.push(proxy);
    const s = await startServer({
      redis: connectRedis(`redis://127.0.0.1:${proxy.port}`, log),
      presence: FAST,
    });
    servers.push(s);
    await eventually(() => expect(s.realtime.presence.registry.mode).toBe('redis'));
    const c = await client(s, s.owner.token);
    expectOk(await c.call('presence:join', { workspaceId: s.workspaceId }));
    expect((await fetch(`${s.url}/readyz`)).status).toBe(200);

    proxy.cut();
    await eventually(() => expect(c.received('presence:degraded')).toHaveLength(1));
    const ready = await fetch(`${s.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(JSON.stringify(await ready.json())).toContain('presence');
    // Presence still answers from this node, and documents still sync and save.
    const other = await client(s, (await s.addUser('editor')).token);
    const seen = expectOk(await other.call('presence:join', { workspaceId: s.workspaceId }));
    expect(seen.people).toBe(2);
    const docId = await createDocument(s);
    const editor = connectClient(s, docId);
    await editor.synced();
    editor.text.insert(0, 'still editing');
    await serverHas(s, docId, editor.doc);
    editor.destroy();

    proxy.restore();
    await eventually(() => expect(c.received('presence:restored')).toHaveLength(1), 15_000);
    for (let i = 0; (await fetch(`${s.url}/readyz`)).status !== 200; i++) {
      if (i > 200) throw new Error('/readyz never recovered');
      await sleep(50);
    }
    await eventually(() => expect(people(c)).toHaveLength(2));
  });

  it('[P8] Redis stalled (connected, not answering): joins answer at once and presence degrades', async () => {
    const redisPort = Number(new URL(REDIS_URL ?? '').port || 6379);
    const proxy = await startTcpProxy(redisPort);
    proxies.push(proxy);
    const s = await startServer({
      redis: connectRedis(`redis://127.0.0.1:${proxy.port}`, log),
      presence: { ...FAST, redisTimeoutMs: 300 },
    });
    servers.push(s);
    await eventually(() => expect(s.realtime.presence.registry.mode).toBe('redis'));
    const c = await client(s, s.owner.token);
    expectOk(await c.call('presence:join', { workspaceId: s.workspaceId }));

    // What `DEBUG SLEEP 8` does: the TCP connection stays up and nothing comes back.
    proxy.freeze();
    const other = await client(s, (await s.addUser('editor')).token);
    const started = performance.now();
    const seen = expectOk(await other.call('presence:join', { workspaceId: s.workspaceId }));
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(seen.people).toBe(2);
    await eventually(() => expect(c.received('presence:degraded')).toHaveLength(1));
    expect((await fetch(`${s.url}/readyz`)).status).toBe(503);

    proxy.thaw();
    await eventually(() => expect(c.received('presence:restored')).toHaveLength(1), 15_000);
    expect(s.realtime.presence.registry.mode).toBe('redis');
  });
});
