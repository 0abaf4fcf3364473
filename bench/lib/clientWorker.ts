import { parentPort } from 'node:worker_threads';
import * as decoding from 'lib0/decoding';
import { BenchClient, TEXT_NAME } from './BenchClient';
import { flood, type HeldReply, ItemCounter, verifyJoins } from './loadClients';
import { mapLimit, nowUs, sleep, waitFor } from './time';
import type {
  ClientMode,
  Samples,
  WorkerCommand,
  WorkerReply,
  WorkerRequest,
  WorkerResult,
} from './workerProtocol';

/**
 * Written by fan-out writers: `[seq:sendTimeUs]`, or `[seq:sendTimeUs:node]` when the clients are
 * spread over several nodes; warm-up inserts are `[w…]` and never match.
 */
const STAMP = /\[(\d+):(\d+)(?::(\d+))?\]/g;

let clients: BenchClient[] = [];
let latencies: number[] = [];
let receivedBy: number[] = [];
/** Several nodes: each local client's node, and its latencies split by the writer's node. */
let nodeOf: number[] | undefined;
let sameNode: number[] = [];
let otherNode: number[] = [];
let lastReceiptUs = 0;
/** Fan-out: seqs each local client wrote (Hocuspocus echoes updates back to their sender). */
let ownSeqs: Set<number>[] = [];
/** Awareness: per local client, the newest clock seen per remote awareness client. */
let clocks: Map<number, number>[] = [];
let awarenessSent = 0;
let awarenessSinceUs = Number.POSITIVE_INFINITY;
/** storm: each local client's start time and raw reply, checked once all have synced. */
let held: HeldReply[] = [];
/** count: one counter for all local clients (they share a document in the flood). */
let counter = new ItemCounter();
let floodStopped = false;

function resetCounters(count: number): void {
  latencies = [];
  sameNode = [];
  otherNode = [];
  lastReceiptUs = 0;
  receivedBy = new Array<number>(count).fill(0);
  ownSeqs = Array.from({ length: count }, () => new Set<number>());
  clocks = Array.from({ length: count }, () => new Map<number, number>());
}

/** Reads the stamps out of a raw update: inserted strings are stored as UTF-8 inside it. */
function recordStamps(index: number, update: Uint8Array): void {
  const now = nowUs();
  const text = Buffer.from(update.buffer, update.byteOffset, update.byteLength).toString('latin1');
  for (const match of text.matchAll(STAMP)) {
    if (ownSeqs[index]?.has(Number(match[1]))) continue;
    const latency = now - Number(match[2]);
    latencies.push(latency);
    receivedBy[index] = (receivedBy[index] ?? 0) + 1;
    lastReceiptUs = now;
    const own = nodeOf?.[index];
    if (own === undefined || match[3] === undefined) continue;
    (Number(match[3]) === own ? sameNode : otherNode).push(latency);
  }
}

/** Decodes an awareness frame (the y-protocols layout) and times every new remote state. */
function recordAwareness(index: number, ownId: number, update: Uint8Array): void {
  const now = nowUs();
  const seen = clocks[index];
  if (!seen) return;
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state: unknown = JSON.parse(decoding.readVarString(decoder));
    if (clientId === ownId || clock <= (seen.get(clientId) ?? -1)) continue;
    seen.set(clientId, clock);
    const t = typeof state === 'object' && state !== null && 't' in state ? state.t : null;
    if (typeof t === 'number' && t >= awarenessSinceUs) {
      latencies.push(now - t);
      receivedBy[index] = (receivedBy[index] ?? 0) + 1;
    }
  }
}

function createClient(
  command: Extract<WorkerCommand, { op: 'connect' }>,
  mode: ClientMode,
  docId: string,
  index: number,
): BenchClient {
  const port = command.ports?.[index] ?? command.port;
  const base = { kind: command.kind, port, token: command.token, docId };
  if (mode === 'fanout') {
    return new BenchClient({
      ...base,
      applyRemote: false,
      onRemoteUpdate: (update) => recordStamps(index, update),
    });
  }
  if (mode === 'storm') {
    const client = new BenchClient({
      ...base,
      onStepTwo: (update) => {
        const entry = held[index];
        if (entry) entry.reply = update;
      },
    });
    held[index] = { startUs: 0, client, reply: null };
    return client;
  }
  if (mode === 'count') {
    return new BenchClient({ ...base, applyRemote: false, onRemoteUpdate: counter.onUpdate });
  }
  if (mode === 'awareness') {
    const client: BenchClient = new BenchClient({
      ...base,
      awareness: true,
      onRemoteAwareness: (update) => recordAwareness(index, client.doc.clientID, update),
    });
    return client;
  }
  return new BenchClient(base);
}

async function connect(command: Extract<WorkerCommand, { op: 'connect' }>): Promise<WorkerResult> {
  const failures: string[] = [];
  resetCounters(command.docIds.length);
  nodeOf = command.nodes;
  held = [];
  counter = new ItemCounter();
  clients = command.docIds.map((docId, index) => createClient(command, command.mode, docId, index));
  await mapLimit(clients, command.concurrency, async (client, index) => {
    const entry = held[index];
    if (entry) entry.startUs = nowUs();
    await client.connect().catch((error: Error) => failures.push(error.message));
  });
  if (command.mode !== 'storm' || failures.length > 0) return { failures };
  const joins = verifyJoins(held);
  held = [];
  return { failures, joins };
}

function write(command: Extract<WorkerCommand, { op: 'write' }>): WorkerResult {
  const client = clients[command.client];
  if (!client) throw new Error(`no local client ${command.client}`);
  const text = client.doc.getText(TEXT_NAME);
  if (!command.measured) {
    text.insert(text.length, `[w${command.seq}]`);
    return {};
  }
  ownSeqs[command.client]?.add(command.seq);
  const node = command.node === undefined ? '' : `:${command.node}`;
  text.insert(text.length, `[${command.seq}:${nowUs()}${node}]`);
  return {};
}

async function collectFanout(measuredTotal: number, timeoutMs: number): Promise<WorkerResult> {
  const expectedBy = clients.map((_client, i) => measuredTotal - (ownSeqs[i]?.size ?? 0));
  const complete = (): boolean => expectedBy.every((n, i) => (receivedBy[i] ?? 0) >= n);
  await waitFor(complete, timeoutMs);
  const samples: Samples = {
    latenciesUs: latencies,
    received: receivedBy.reduce((sum, n) => sum + n, 0),
    sentOrExpected: expectedBy.reduce((sum, n) => sum + n, 0),
    sameNodeUs: sameNode,
    otherNodeUs: otherNode,
    lastUs: lastReceiptUs,
  };
  return { samples };
}

function editEach(): WorkerResult {
  for (const client of clients) client.doc.getText(TEXT_NAME).insert(0, 'hello ');
  return {};
}

/** Every local client publishes a cursor at `hz` for `durationMs`, on an absolute schedule. */
async function runAwareness(
  hz: number,
  durationMs: number,
  sinceUs: number,
): Promise<WorkerResult> {
  resetCounters(clients.length);
  awarenessSent = 0;
  awarenessSinceUs = sinceUs;
  const periodMs = 1000 / hz;
  const ticks = Math.max(1, Math.floor((durationMs / 1000) * hz));
  await Promise.all(
    clients.map(async (client, index) => {
      // A random phase per client, and no drift: tick k is due at start + k periods.
      const startMs = performance.now() + Math.random() * periodMs;
      for (let seq = 0; seq < ticks; seq++) {
        await sleep(Math.max(0, startMs + seq * periodMs - performance.now()));
        client.awareness?.setLocalState({
          user: { name: `bench-${index}`, color: '#3366ff' },
          cursor: { anchor: seq, head: seq + 1 },
          t: nowUs(),
        });
        awarenessSent++;
      }
    }),
  );
  return {};
}

async function collectAwareness(graceMs: number): Promise<WorkerResult> {
  await sleep(graceMs);
  const samples: Samples = {
    latenciesUs: latencies,
    received: latencies.length,
    sentOrExpected: awarenessSent,
  };
  return { samples };
}

function closeAll(): WorkerResult {
  for (const client of clients) client.close();
  clients = [];
  return {};
}

async function handle(command: WorkerCommand): Promise<WorkerResult> {
  switch (command.op) {
    case 'connect':
      return connect(command);
    case 'write':
      return write(command);
    case 'collectFanout':
      return collectFanout(command.measuredTotal, command.timeoutMs);
    case 'resetFanout':
      resetCounters(clients.length);
      return {};
    case 'editEach':
      return editEach();
    case 'runAwareness':
      return runAwareness(command.hz, command.durationMs, command.sinceUs);
    case 'collectAwareness':
      return collectAwareness(command.graceMs);
    case 'flood': {
      const client = clients[0];
      if (!client) throw new Error('no client to flood with');
      floodStopped = false;
      return { flood: await flood(client, command, () => floodStopped) };
    }
    case 'stopFlood':
      floodStopped = true;
      return {};
    case 'counted':
      return { counted: counter.result() };
    case 'closeAll':
      return closeAll();
    case 'ready':
      return {};
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  handle(request.command).then(
    (result) => parentPort?.postMessage({ id: request.id, ok: true, result } satisfies WorkerReply),
    (error: unknown) =>
      parentPort?.postMessage({
        id: request.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      } satisfies WorkerReply),
  );
});
