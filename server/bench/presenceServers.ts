import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Server } from 'socket.io';
import { buildApp } from '../src/app';
import { createDocument } from '../src/documents';
import { createLogger } from '../src/logger';
import { openDatabase, SqliteAccountStore, SqliteDocumentStore } from '../src/persistence';

export interface ServerReady {
  port: number;
  workspaceId: string;
  tokens: string[];
  documentId: string;
}

/** Tandem itself: auth, zod at the edge, the registry, snapshots coalesced every `flushMs`. */
export async function startTandem(users: number, flushMs: number): Promise<ServerReady> {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-presence-'));
  const db = openDatabase(dir);
  const store = new SqliteDocumentStore({ db });
  const accounts = new SqliteAccountStore(db);
  const workspace = await accounts.createWorkspace('Bench');
  const tokens: string[] = [];
  for (let i = 0; i < users; i++) {
    const side = i % 2 === 0 ? 'school' : 'enterprise';
    const org = await accounts.createOrganisation(`Bench ${side}`, side);
    const user = await accounts.createUser({
      email: `bench-${i}@bench.local`,
      name: `Bench ${i}`,
      passwordHash: 'unused: bench users never sign in',
      organisationId: org.id,
    });
    await accounts.setMember(workspace.id, user.id, 'editor');
    tokens.push((await accounts.issueToken(user.id, 3_600_000)).token);
  }
  const { app } = await buildApp({
    config: {
      webDist: join(dir, 'no-web'),
      maxMessageBytes: 1024 * 1024,
      maxSocketsPerUser: 64,
      roomIdleMs: 30_000,
      roomRestMs: 1_000,
      checkpointEvery: 500,
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
      smtpFrom: 'bench <bench@tandem.local>',
    },
    log: createLogger('silent', false),
    store,
    accounts,
    presence: { flushMs },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const doc = await createDocument(store, {
    type: 'notes',
    title: 'Bench',
    workspaceId: workspace.id,
  });
  return { port: address.port, workspaceId: workspace.id, tokens, documentId: doc.id };
}

/**
 * The baseline: a plain socket.io relay that forwards every update to the room at once, with
 * no auth, no parsing and no registry — the cheapest thing that "works" at small scale.
 */
export async function startRelay(users: number): Promise<ServerReady> {
  const http = createServer();
  const io = new Server(http, { serveClient: false });
  io.on('connection', (socket) => {
    let room = '';
    socket.on('presence:join', (p: { workspaceId: string }, ack?: (r: unknown) => void) => {
      room = p.workspaceId;
      void socket.join(room);
      ack?.({ ok: true, data: null });
    });
    socket.on('presence:update', (p: Record<string, unknown>) => {
      socket.to(room).emit('presence:relay', { ...p, userId: socket.id, updatedAt: Date.now() });
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const address = http.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const tokens = Array.from({ length: users }, (_, i) => `relay-${i}`);
  return { port: address.port, workspaceId: 'bench', tokens, documentId: 'bench' };
}
