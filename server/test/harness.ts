import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Role, Side } from '@tandem/domain';
import * as encoding from 'lib0/encoding';
import { afterAll, expect } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { type AppConfig, type AppDeps, buildApp, type TandemApp } from '../src/app';
import { type AccountStore, hashPassword, type Mailer } from '../src/auth';
import type { HistoryOptions } from '../src/history';
import { createLogger } from '../src/logger';
import {
  type DocumentStore,
  memoryStores,
  openDatabase,
  openPostgresStores,
  SqliteAccountStore,
  type SqliteDatabase,
  SqliteDocumentStore,
  SqliteNotificationStore,
  type Stores,
} from '../src/persistence';
import {
  createScratchSchema,
  type ScratchSchema,
  TEST_DATABASE_URL,
} from '../src/persistence/postgres/testSchema';
import type { PresenceOptions } from '../src/presence';
import type { RedisClient } from '../src/redis';
import { SlowDocumentStore } from './SlowDocumentStore';

export interface TestUser {
  id: string;
  email: string;
  name: string;
  password: string;
  token: string;
  role: Role;
  side: Side;
}

export interface TestServer extends TandemApp {
  url: string;
  wsUrl: string;
  port: number;
  store: DocumentStore;
  accounts: AccountStore;
  /** The SQLite file's handle, for tests that reach under the stores; null on memory stores. */
  db: SqliteDatabase | null;
  dataDir: string;
  /** A workspace made for the test, with `owner` as its owner. */
  workspaceId: string;
  owner: TestUser;
  /** Adds a member of the test workspace (or of `workspaceId`) with a live token. */
  addUser(
    role: Role,
    options?: { side?: Side; workspaceId?: string; password?: string },
  ): Promise<TestUser>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  dataDir?: string;
  store?: DocumentStore;
  /** The server's document store seen through another (a test holding a read back, say). */
  wrapStore?: (store: DocumentStore) => DocumentStore;
  port?: number;
  roomIdleMs?: number;
  roomRestMs?: number;
  checkpointEvery?: number;
  maxMessageBytes?: number;
  /** Sync sockets per person (TANDEM_MAX_SOCKETS_PER_USER); 64 as in production unless given. */
  maxSocketsPerUser?: number;
  redis?: RedisClient;
  webDist?: string;
  mailer?: Mailer;
  presence?: Partial<PresenceOptions>;
  history?: Partial<HistoryOptions>;
  retention?: AppDeps['retention'];
  /** Another node's account store: two nodes in one process share users and workspaces. */
  accounts?: AccountStore;
  /**
   * Every store in memory (no SQLite at all): the document store and account store not given
   * are memory drivers. TANDEM_TEST_STORES=memory sets it for a whole run (the
   * server-memory-store project runs a few scenario files so).
   */
  memory?: boolean;
  /**
   * Every store in PostgreSQL (TEST_DATABASE_URL), in a schema of the data dir's own, dropped
   * after the test file; the document store and account store given are used as they are.
   * TANDEM_TEST_STORES=postgres sets it for a whole run (the server-postgres-store project).
   */
  postgres?: boolean;
  config?: Partial<AppConfig>;
  /** Collects log lines (at debug level) instead of discarding them. */
  logLines?: string[];
}

export function tempDir(prefix = 'tandem-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * A real server on a real port (0 unless given) over a real SQLite file in a temp dir (or
 * memory, or PostgreSQL: see the options).
 */
export async function startServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDir();
  const postgres = options.postgres ?? process.env.TANDEM_TEST_STORES === 'postgres';
  const { stores, db, release } = postgres
    ? await openPostgresTestStores(options, dataDir)
    : { ...openStores(options, dataDir), release: async () => {} };
  const { documents: given, accounts, notifications } = stores;
  // The sync scenarios run a second time behind a slow store (the server-slow-store project).
  const delayMs = Number(process.env.TANDEM_TEST_STORE_DELAY_MS ?? 0);
  const slowed = delayMs > 0 ? new SlowDocumentStore(given, delayMs) : given;
  const store = options.wrapStore ? options.wrapStore(slowed) : slowed;
  const lines = options.logLines;
  const log = lines
    ? createLogger('debug', false, { write: (line: string) => void lines.push(line) })
    : createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', false);
  const tandem = await buildApp({
    config: {
      webDist: options.webDist ?? path.join(dataDir, 'no-web'),
      maxMessageBytes: options.maxMessageBytes ?? 1024 * 1024,
      maxSocketsPerUser: options.maxSocketsPerUser ?? 64,
      roomIdleMs: options.roomIdleMs ?? 30_000,
      roomRestMs: options.roomRestMs ?? 1_000,
      checkpointEvery: options.checkpointEvery ?? 500,
      historyAutoIdleMs: 60_000,
      historyAutoMaxIntervalMs: 600_000,
      historyMergeAfterMs: 0,
      historyMergeEveryMs: 3_600_000,
      sessionTtlMs: 3_600_000,
      inviteTtlMs: 3_600_000,
      publicUrl: undefined,
      allowedOrigins: [],
      trustProxy: false,
      smtpUrl: undefined,
      smtpFrom: 'Tandem <test@tandem.local>',
      ...options.config,
    },
    log,
    store,
    accounts,
    notifications,
    redis: options.redis,
    ...(options.presence ? { presence: options.presence } : {}),
    ...(options.history ? { history: options.history } : {}),
    ...(options.retention ? { retention: options.retention } : {}),
    ...(options.mailer ? { mailer: options.mailer } : {}),
  });
  await tandem.app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  const address = tandem.app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const url = `http://127.0.0.1:${address.port}`;
  const existing = await accounts.countWorkspaces();
  const workspace = existing === 0 ? await accounts.createWorkspace('Test workspace') : null;
  // A node sharing another's accounts joins the first workspace made.
  const workspaceId = workspace?.id ?? (await accounts.listWorkspaces())[0]?.id;
  if (!workspaceId) throw new Error('no workspace');
  let n = 0;
  const addUser: TestServer['addUser'] = async (role, opts = {}) => {
    const side = opts.side ?? 'school';
    const org = await accounts.createOrganisation(
      side === 'school' ? 'Test College' : 'Test Enterprise',
      side,
    );
    const email = `${role}-${side}-${++n}-${Math.random().toString(36).slice(2, 8)}@test.local`;
    const password = opts.password ?? 'correct horse battery';
    const user = await accounts.createUser({
      email,
      name: `${role} ${n}`,
      passwordHash: opts.password ? await hashPassword(password) : TEST_HASH,
      organisationId: org.id,
    });
    await accounts.setMember(opts.workspaceId ?? workspaceId, user.id, role);
    const { token } = await accounts.issueToken(user.id, 3_600_000);
    return { id: user.id, email, name: user.name, password, token, role, side };
  };
  const owner = await addUser('owner');
  return {
    ...tandem,
    url,
    wsUrl: `ws://127.0.0.1:${address.port}/sync`,
    port: address.port,
    store,
    accounts,
    db,
    dataDir,
    workspaceId,
    owner,
    addUser,
    close: async () => {
      await tandem.app.close();
      await release();
    },
  };
}

/**
 * The stores a test server runs on: those given, the rest on SQLite in `dataDir` (sharing the
 * given SQLite document store's handle) or, with `memory`, in memory.
 */
function openStores(
  options: TestServerOptions,
  dataDir: string,
): { stores: Stores; db: SqliteDatabase | null } {
  const memory = options.memory ?? process.env.TANDEM_TEST_STORES === 'memory';
  if (memory) {
    const made = memoryStores();
    return {
      stores: {
        documents: options.store ?? made.documents,
        accounts: options.accounts ?? made.accounts,
        notifications: made.notifications,
      },
      db: options.store instanceof SqliteDocumentStore ? options.store.db : null,
    };
  }
  const documents = options.store ?? new SqliteDocumentStore({ db: openDatabase(dataDir) });
  const db = documents instanceof SqliteDocumentStore ? documents.db : openDatabase(dataDir);
  return {
    stores: {
      documents,
      accounts: options.accounts ?? new SqliteAccountStore(db),
      notifications: new SqliteNotificationStore(db),
    },
    db,
  };
}

/**
 * PostgreSQL test servers' schemas, by data dir: a server restarted on the same data dir finds
 * its database again. Each test file drops the ones it made once it is done.
 */
const pgSchemas = new Map<string, Promise<ScratchSchema>>();
afterAll(async () => {
  const made = [...pgSchemas.values()];
  pgSchemas.clear();
  for (const schema of made) await (await schema).drop();
});

/**
 * Every store in the schema of `dataDir` in TEST_DATABASE_URL, except those given. `release`
 * ends what the server's close() does not: the pool of the stores not used.
 */
async function openPostgresTestStores(
  options: TestServerOptions,
  dataDir: string,
): Promise<{
  stores: Stores;
  db: SqliteDatabase | null;
  release: () => Promise<void>;
}> {
  let schema = pgSchemas.get(dataDir);
  if (!schema) {
    schema = createScratchSchema();
    pgSchemas.set(dataDir, schema);
  }
  const { name } = await schema;
  const made = await openPostgresStores(TEST_DATABASE_URL, { schema: name, max: 4 });
  const documents = options.store ?? made.documents;
  return {
    stores: {
      documents,
      accounts: options.accounts ?? made.accounts,
      notifications: made.notifications,
    },
    db: options.store instanceof SqliteDocumentStore ? options.store.db : null,
    release: async () => {
      // The server closed `documents`; the made ones share one pool, ended by their own.
      if (documents !== made.documents) await made.documents.close();
    },
  };
}

/** The server's SQLite handle; fails the test when it runs on memory stores. */
export function sqliteOf(server: TestServer): SqliteDatabase {
  if (!server.db) throw new Error('this test reads SQLite tables; the server runs without them');
  return server.db;
}

/** Hash of 'correct horse battery', computed once: most test users never sign in. */
const TEST_HASH = await hashPassword('correct horse battery');

export async function createDocument(
  server: { url: string; owner: { token: string } },
  title = 'Test document',
): Promise<string> {
  const res = await fetch(`${server.url}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.owner.token}` },
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
export function connectClient(
  server: { wsUrl: string; owner: { token: string } },
  docId: string,
  doc = new Y.Doc(),
  token = server.owner.token,
): TestClient {
  const provider = new WebsocketProvider(server.wsUrl, docId, doc, {
    params: { token },
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
export async function eventually(
  check: () => void | Promise<void>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
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

/** A full garbage collection on demand, without starting the test process with --expose-gc. */
export function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A bare WebSocket on the sync endpoint (no provider): resolves with the close code chosen. */
export function rawSocket(
  server: { wsUrl: string; owner: { token: string } },
  path: string,
  token = server.owner.token,
) {
  const ws = new WebSocket(`${server.wsUrl}/${path}?token=${token}`);
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  const opened = new Promise<void>((resolve, reject) => {
    ws.on('open', () => resolve());
    ws.on('error', reject);
  });
  return { ws, closed, opened };
}

/** A y-websocket frame: numbers as varuints, byte arrays length-prefixed. */
export function frame(...parts: (number | Uint8Array)[]): Uint8Array {
  const e = encoding.createEncoder();
  for (const p of parts) {
    if (typeof p === 'number') encoding.writeVarUint(e, p);
    else encoding.writeVarUint8Array(e, p);
  }
  return encoding.toUint8Array(e);
}
