import { CloseCode } from '@tandem/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import {
  connectClient,
  createDocument,
  eventually,
  serverHas,
  sleep,
  startServer,
  type TestClient,
  type TestServer,
} from './harness';

let server: TestServer;
let logLines: string[];
let clients: TestClient[] = [];

beforeEach(async () => {
  logLines = [];
  server = await startServer({ logLines });
});
afterEach(async () => {
  for (const c of clients) c.destroy();
  clients = [];
  await server.close();
});

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const login = (email: string, password: string) =>
  fetch(`${server.url}/api/auth/login`, { method: 'POST', ...json({ email, password }) });
const cookiesOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

describe('signing in and out', () => {
  it('sets an httpOnly SameSite=Lax session cookie, returns a bearer token, and logs no secrets', async () => {
    const user = await server.addUser('editor', { password: 'a long enough secret' });
    const res = await login(user.email.toUpperCase(), 'a long enough secret');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { token: string; user: { email: string } };
    expect(body.user.email).toBe(user.email);
    expect(JSON.stringify(body)).not.toMatch(/scrypt|password/i);
    const session = res.headers.getSetCookie().find((c) => c.startsWith('tandem_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);

    const me = await fetch(`${server.url}/api/auth/me`, { headers: { cookie: cookiesOf(res) } });
    expect(me.status).toBe(200);
    const viaBearer = await fetch(`${server.url}/api/auth/me`, { headers: bearer(body.token) });
    expect(viaBearer.status).toBe(200);

    const logs = logLines.join('\n');
    expect(logs).not.toContain('a long enough secret');
    expect(logs).not.toContain(body.token);
  });

  it('revokes the token on sign-out, for HTTP and for open sockets', async () => {
    const user = await server.addUser('editor', { password: 'a long enough secret' });
    const { token } = (await (await login(user.email, 'a long enough secret')).json()) as {
      token: string;
    };
    const docId = await createDocument(server);
    const c = connectClient(server, docId, new Y.Doc(), token);
    clients.push(c);
    await c.synced();
    const codes: number[] = [];
    c.provider.on('connection-close', (e: { code: number } | null) => e && codes.push(e.code));

    const out = await fetch(`${server.url}/api/auth/logout`, {
      method: 'POST',
      headers: bearer(token),
    });
    expect(out.status).toBe(204);
    expect((await fetch(`${server.url}/api/auth/me`, { headers: bearer(token) })).status).toBe(401);
    await eventually(() =>
      expect(codes).toEqual(
        expect.arrayContaining([CloseCode.ACCESS_CHANGED, CloseCode.UNAUTHORIZED]),
      ),
    );
  });

  it('refuses a wrong password, then slows that address after five failures', async () => {
    const user = await server.addUser('editor', { password: 'a long enough secret' });
    for (let i = 0; i < 5; i++) {
      const res = await login(user.email, 'not the password');
      expect(res.status).toBe(401);
      expect(((await res.json()) as { code: string }).code).toBe('AUTH_INVALID_CREDENTIALS');
    }
    // Even the right password is refused while locked: a lock that lets a right guess through
    // would still answer the guesser's question.
    const locked = await login(user.email, 'a long enough secret');
    expect(locked.status).toBe(429);
    const body = (await locked.json()) as { code: string; message: string };
    expect(body.code).toBe('AUTH_LOCKED');
    expect(body.message).toMatch(/try again in 1 minute$/);
  });

  it('rate-limits sign-in attempts per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      statuses.push((await login(`someone-${i}@test.local`, 'whatever password')).status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
  });

  it('expires tokens', async () => {
    const { token } = await server.accounts.issueToken(server.owner.id, 50);
    expect((await fetch(`${server.url}/api/auth/me`, { headers: bearer(token) })).status).toBe(200);
    await sleep(80);
    expect((await fetch(`${server.url}/api/auth/me`, { headers: bearer(token) })).status).toBe(401);
    const code = await new Promise<number>((resolve) =>
      new WebSocket(`${server.wsUrl}/aaaaaaaaaaaaaaaa?token=${token}`).on('close', resolve),
    );
    expect(code).toBe(CloseCode.UNAUTHORIZED);
  });
});

describe('CSRF and origin checks', () => {
  it('requires the CSRF token on cookie-authenticated mutations, not on bearer ones', async () => {
    const user = await server.addUser('editor', { password: 'a long enough secret' });
    const res = await login(user.email, 'a long enough secret');
    const { csrfToken, token } = (await res.json()) as { csrfToken: string; token: string };
    const cookie = cookiesOf(res);
    const create = (headers: Record<string, string>) =>
      fetch(`${server.url}/api/documents`, {
        method: 'POST',
        ...json({ type: 'notes', title: 'x' }, headers),
      });

    const forged = await create({ cookie });
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as { code: string }).code).toBe('AUTH_CSRF');
    expect((await create({ cookie, 'x-csrf-token': 'made-up' })).status).toBe(403);
    expect((await create({ cookie, 'x-csrf-token': csrfToken })).status).toBe(201);
    expect((await create(bearer(token))).status).toBe(201);
  });

  it('refuses a sync socket opened from a foreign origin', async () => {
    const docId = await createDocument(server);
    const open = (origin: string) =>
      new Promise<number | 'open'>((resolve) => {
        const ws = new WebSocket(`${server.wsUrl}/${docId}?token=${server.owner.token}`, {
          origin,
        });
        ws.on('message', () => {
          resolve('open');
          ws.close();
        });
        ws.on('close', (code) => resolve(code));
      });
    expect(await open('https://evil.example')).toBe(CloseCode.FORBIDDEN);
    expect(await open(server.url)).toBe('open');
  });

  it('sends security headers', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('membership changes take effect at once', () => {
  it('closes a removed member’s socket, and the reconnect is refused as not found', async () => {
    const member = await server.addUser('editor');
    const docId = await createDocument(server);
    const c = connectClient(server, docId, new Y.Doc(), member.token);
    clients.push(c);
    await c.synced();
    const codes: number[] = [];
    c.provider.on('connection-close', (e: { code: number } | null) => e && codes.push(e.code));
    const res = await fetch(
      `${server.url}/api/workspaces/${server.workspaceId}/members/${member.id}`,
      {
        method: 'DELETE',
        headers: bearer(server.owner.token),
      },
    );
    expect(res.status).toBe(204);
    await eventually(() =>
      expect(codes).toEqual([CloseCode.ACCESS_CHANGED, CloseCode.DOC_NOT_FOUND]),
    );
  });

  it('turns a demoted editor read-only: later edits are not stored', async () => {
    const member = await server.addUser('editor');
    const docId = await createDocument(server);
    const c = connectClient(server, docId, new Y.Doc(), member.token);
    clients.push(c);
    await c.synced();
    c.text.insert(0, 'kept ');
    await serverHas(server, docId, c.doc);
    const before = (await server.store.loadState(docId)).lastSeq;
    await fetch(`${server.url}/api/workspaces/${server.workspaceId}/members/${member.id}`, {
      method: 'PATCH',
      ...json({ role: 'viewer' }, bearer(server.owner.token)),
    });
    await eventually(() => expect(c.provider.wsconnected).toBe(false), 2000).catch(() => undefined);
    await eventually(() => expect(c.provider.synced).toBe(true));
    c.text.insert(c.text.length, 'refused');
    await sleep(200);
    expect((await server.store.loadState(docId)).lastSeq).toBe(before);
    const fresh = connectClient(server, docId);
    clients.push(fresh);
    await fresh.synced();
    expect(fresh.text.toString()).toBe('kept ');
  });

  it('keeps at least one owner, and pairs need one member of each side', async () => {
    const demote = await fetch(
      `${server.url}/api/workspaces/${server.workspaceId}/members/${server.owner.id}`,
      {
        method: 'PATCH',
        ...json({ role: 'editor' }, bearer(server.owner.token)),
      },
    );
    expect(demote.status).toBe(409);
    expect(((await demote.json()) as { code: string }).code).toBe('LAST_OWNER');
    const a = await server.addUser('leader', { side: 'school' });
    const b = await server.addUser('leader', { side: 'school' });
    const pair = await fetch(`${server.url}/api/workspaces/${server.workspaceId}/pairs/leaders`, {
      method: 'PUT',
      ...json(
        { scope: 'group', schoolUserId: a.id, enterpriseUserId: b.id },
        bearer(server.owner.token),
      ),
    });
    expect(pair.status).toBe(400);
    expect(((await pair.json()) as { code: string }).code).toBe('PAIR_INVALID');
  });
});
