import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { buildApp, type TandemApp } from '../src/app';
import { createLogger } from '../src/logger';
import { type DocumentStore, SqliteDocumentStore } from '../src/persistence';
import type { RedisClient } from '../src/redis';

export interface TestServer extends TandemApp {
  url: string;
  wsUrl: string;
  port: number;
  store: DocumentStore;
  dataDir: string;
  close(): Promise<void>;
}

export interface TestServerOptions {
  dataDir?: string;
  store?: DocumentStore;
  port?: number;
  roomIdleMs?: number;
  checkpointEvery?: number;
  maxMessageBytes?: number;
  redis?: RedisClient;
  webDist?: string;
}

export function tempDir(prefix = 'tandem-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A real server on a real port (0 unless given) over a real SQLite file in a temp dir. */
export async function startServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDir();
  const store = options.store ?? new SqliteDocumentStore({ dataDir });
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', false);
  const tandem = await buildApp({
    config: {
      webDist: options.webDist ?? path.join(dataDir, 'no-web'),
      maxMessageBytes: options.maxMessageBytes ?? 1024 * 1024,
      roomIdleMs: options.roomIdleMs ?? 30_000,
      checkpointEvery: options.checkpointEvery ?? 500,
    },
    log,
    store,
    redis: options.redis,
  });
  await tandem.app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  const address = tandem.app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const url = `http://127.0.0.1:${address.port}`;
  return {
    ...tandem,
    url,
    wsUrl: `ws://127.0.0.1:${address.port}/sync`,
    port: address.port,
    store,
    dataDir,
    close: () => tandem.app.close(),
  };
}

export async function createDocument(url: string, title = 'Test document'): Promise<string> {
  const res = await fetch(`${url}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'notes', title }),
  });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  text: Y.Text;
  synced(): Promise<void>;
  destroy(): void;
}

/** An unmodified y-websocket WebsocketProvider, as a browser would use it. */
export function connectClient(wsUrl: string, docId: string, doc = new Y.Doc()): TestClient {
  const provider = new WebsocketProvider(wsUrl, docId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    maxBackoffTime: 200,
    disableBc: true,
  });
  return {
    doc,
    provider,
    text: doc.getText('t'),
    synced: () =>
      provider.synced
        ? Promise.resolve()
        : new Promise((resolve) => provider.once('sync', (s: boolean) => s && resolve())),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Polls until `check` passes (returns without throwing), or rethrows its last error. */
export async function eventually(check: () => void, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

/** Waits until the server's copy of the document holds everything `doc` has, and is stored. */
export async function serverHas(server: TestServer, docId: string, doc: Y.Doc): Promise<void> {
  const want = Y.encodeStateVector(doc);
  await eventually(() => {
    const room = server.rooms.peek(docId);
    if (!room) throw new Error('room not open');
    expect(Y.encodeStateVector(room.doc)).toEqual(want);
  });
  await server.rooms.peek(docId)?.flushed();
}

// y-websocket registers a process 'exit' listener per provider; tests open many.
process.setMaxListeners(200);

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
