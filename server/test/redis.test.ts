import { afterEach, describe, expect, it } from 'vitest';
import { connectRedis } from '../src/connectRedis';
import { createLogger } from '../src/logger';
import {
  connectClient,
  createDocument,
  serverHas,
  startServer,
  type TestClient,
  type TestServer,
} from './harness';

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) {
  // Visible in the run's output: CI sets REDIS_URL, so there these tests are required.
  process.stderr.write(
    '\n[redis.test] REDIS_URL is not set: skipping the tests that need Redis\n\n',
  );
}

let server: TestServer | undefined;
let clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients) c.destroy();
  clients = [];
  await server?.close();
  server = undefined;
});

const log = createLogger('silent', false);

describe.runIf(REDIS_URL)('with Redis configured', () => {
  it('is ready only once Redis answers', async () => {
    const redis = connectRedis(REDIS_URL!, log);
    server = await startServer({ redis });
    await new Promise<void>((resolve) =>
      redis.isReady ? resolve() : redis.once('ready', resolve),
    );
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ready',
      checks: { store: 'ok', redis: 'ok', presence: 'ok' },
    });
  });
});

describe('with Redis configured but dead', () => {
  it('reports not ready, and editing goes on', async () => {
    // Nothing listens on port 1: the client keeps retrying in the background.
    const redis = connectRedis('redis://127.0.0.1:1', log);
    server = await startServer({ redis });
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ checks: { store: 'ok', redis: 'failing' } });

    const docId = await createDocument(server);
    const a = connectClient(server, docId);
    clients.push(a);
    await a.synced();
    a.text.insert(0, 'still editing');
    await serverHas(server, docId, a.doc);
  });
});

describe('shutting down while Redis is away', () => {
  it('does not wait for commands Redis can no longer answer', async () => {
    const redis = connectRedis('redis://127.0.0.1:1', log);
    const stopping = await startServer({ redis });
    // A command sent while Redis is away waits in the client's queue for a reconnect.
    void redis.ping().catch(() => undefined);
    const started = Date.now();
    await stopping.close();
    expect(Date.now() - started).toBeLessThan(5_000);
  }, 15_000);
});
