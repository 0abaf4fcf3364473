import type { IncomingMessage } from 'node:http';
import net from 'node:net';
import { CloseCode } from '@tandem/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import {
  collector,
  connectClient,
  createDocument,
  rawSocket,
  sleep,
  startServer,
  type TestServer,
} from './harness';

let server: TestServer;

beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

/** The HTTP status an upgrade request to `path` is answered with (101 when it opens). */
function upgradeStatus(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${server.wsUrl.replace(/\/sync$/, '')}${path}`);
    ws.on('open', () => {
      ws.terminate();
      resolve(101);
    });
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      res.destroy();
    });
    ws.on('error', reject);
  });
}

describe('the sync endpoint', () => {
  it('keeps nothing of the upgrade request once the socket is open', async () => {
    // A routed upgrade kept the request, its response and Fastify's request and reply for the
    // socket's life: ~5 KiB of heap on every open connection (issue 14).
    const gc = collector();
    let request: WeakRef<IncomingMessage> | undefined;
    const spy = (req: IncomingMessage) => {
      if (req.url?.startsWith('/sync/')) request = new WeakRef(req);
    };
    server.app.server.prependListener('upgrade', spy);
    const docId = await createDocument(server);
    const c = connectClient(server, docId);
    try {
      await c.synced();
      server.app.server.removeListener('upgrade', spy);
      expect(request).toBeDefined();
      for (let i = 0; i < 5 && request?.deref(); i++) {
        await sleep(20);
        gc();
      }
      expect(request?.deref()).toBeUndefined();
      // Still open and working after the request is gone.
      c.text.insert(0, 'still here');
      const other = connectClient(server, docId);
      await other.synced();
      expect(other.text.toString()).toBe('still here');
      other.destroy();
    } finally {
      c.destroy();
    }
  });

  it('answers upgrades to other paths with 404 and plain GETs of /sync with 404', async () => {
    const docId = await createDocument(server);
    expect(await upgradeStatus(`/sync/${docId}?token=${server.owner.token}`)).toBe(101);
    expect(await upgradeStatus('/nowhere')).toBe(404);
    expect(await upgradeStatus('/sync/')).toBe(404);
    expect(await upgradeStatus(`/sync/${docId}/more`)).toBe(404);
    const res = await fetch(`${server.url}/sync/${docId}`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { code: string }).code).toBe('NOT_FOUND');
  });

  it('survives clients that reset the connection right after asking for a path it refuses', async () => {
    const { port } = server;
    for (let i = 0; i < 40; i++) {
      const socket = net.connect(port, '127.0.0.1');
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      socket.write(
        `GET /nowhere-${i} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\n` +
          'Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n' +
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
      );
      socket.resetAndDestroy();
    }
    await sleep(100);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('admits by Authorization header, ?token= and session cookie alike, and refuses foreign origins', async () => {
    const docId = await createDocument(server);
    const opens = (headers: Record<string, string>, query = '') =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(`${server.wsUrl}/${docId}${query}`, { headers });
        // Admitted sockets get the server's sync step 1; refused ones a close code.
        ws.once('message', () => {
          ws.close();
          resolve(0);
        });
        ws.on('close', (code) => resolve(code));
      });
    const token = server.owner.token;
    expect(await opens({ authorization: `Bearer ${token}` })).toBe(0);
    expect(await opens({}, `?token=${token}`)).toBe(0);
    const signIn = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: server.owner.email, password: server.owner.password }),
    });
    const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect(cookie).toMatch(/^tandem_session=/);
    expect(await opens({ cookie })).toBe(0);
    expect(await opens({})).toBe(CloseCode.UNAUTHORIZED);
    expect(await opens({ cookie, origin: 'https://elsewhere.example' })).toBe(CloseCode.FORBIDDEN);
    const { closed } = rawSocket(server, 'not-a-document');
    expect(await closed).toBe(CloseCode.DOC_NOT_FOUND);
  });
});
