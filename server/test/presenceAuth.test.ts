import type { PresenceSnapshot } from '@tandem/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { createDocument, eventually, startServer, type TestServer } from './harness';
import {
  connectRealtime,
  expectOk,
  FAST_PRESENCE as FAST,
  type RealtimeClient,
} from './socketClient';

/** Who may hold a realtime socket, and for how long. The registry-agnostic part of presence. */
let servers: TestServer[] = [];
let clients: RealtimeClient[] = [];
afterEach(async () => {
  for (const c of clients) c.close();
  clients = [];
  for (const s of servers) await s.close();
  servers = [];
});

async function client(server: TestServer, token: string) {
  const c = await connectRealtime(server.url, token);
  clients.push(c);
  return c;
}
const last = (c: RealtimeClient): PresenceSnapshot | undefined =>
  c.received('presence:snapshot').at(-1);
const names = (s: PresenceSnapshot | undefined) => (s?.entries ?? []).map((e) => e.userId).sort();

describe('access changes', () => {
  it('[P2] removing a member closes their realtime sockets at once', async () => {
    const s = await startServer({ presence: FAST });
    servers.push(s);
    const member = await s.addUser('editor', { side: 'enterprise' });
    const watcher = await client(s, s.owner.token);
    const removed = await client(s, member.token);
    expectOk(await watcher.call('presence:join', { workspaceId: s.workspaceId }));
    expectOk(await removed.call('presence:join', { workspaceId: s.workspaceId }));
    await eventually(() => expect(last(watcher)?.people).toBe(2));
    const owner = await s.auth.authenticate(s.owner.token, 'bearer');
    if (!owner) throw new Error('owner token rejected');
    await s.auth.removeMember(owner, s.workspaceId, member.id);
    await eventually(() => expect(removed.socket.connected).toBe(false));
    await eventually(() => expect(names(last(watcher))).toEqual([s.owner.id]));
  });
});

describe('cookie sign-in', () => {
  it('[P1] accepts the session cookie from the app’s origin and refuses it from another', async () => {
    const s = await startServer({ presence: FAST });
    servers.push(s);
    const user = await s.addUser('editor', { password: 'a long enough password' });
    const login = await fetch(`${s.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const host = new URL(s.url).host;
    const ok = await connectRealtime(s.url, undefined, {
      headers: { cookie, origin: `http://${host}` },
    });
    clients.push(ok);
    expectOk(await ok.call('presence:join', { workspaceId: s.workspaceId }));
    await expect(
      connectRealtime(s.url, undefined, { headers: { cookie, origin: 'https://evil.example' } }),
    ).rejects.toThrow('AUTH_REQUIRED');
  });
});

describe('documents in presence', () => {
  it('[P2] refuses a document of another workspace, or none, as not found', async () => {
    const s = await startServer({ presence: FAST });
    servers.push(s);
    const other = await s.accounts.createWorkspace('Other');
    const stranger = await s.addUser('owner', { workspaceId: other.id });
    const res = await fetch(`${s.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${stranger.token}` },
      body: JSON.stringify({ type: 'notes', title: 'Theirs', workspaceId: other.id }),
    });
    expect(res.status).toBe(201);
    const theirs = ((await res.json()) as { id: string }).id;
    const mine = await createDocument(s);
    const c = await client(s, s.owner.token);
    expectOk(await c.call('presence:join', { workspaceId: s.workspaceId }));
    expectOk(await c.call('presence:update', { documentId: mine }));
    for (const documentId of [theirs, 'no-such-document']) {
      expect(await c.call('presence:update', { documentId })).toMatchObject({
        ok: false,
        code: 'DOC_NOT_FOUND',
      });
    }
  });
});
