import { parentPort } from 'node:worker_threads';
import type * as Y from 'yjs';
import { BenchClient, TEXT_NAME } from './BenchClient';
import { mapLimit, nowUs, sleep, waitFor } from './time';
import type {
  Samples,
  WorkerCommand,
  WorkerReply,
  WorkerRequest,
  WorkerResult,
} from './workerProtocol';

/** Inserted by fan-out writers: `[seq:sendTimeUs]`, or `[w…]` for unmeasured warm-up inserts. */
const STAMP = /\[(\d+):(\d+)\]/g;

let clients: BenchClient[] = [];
let latencies: number[] = [];
let receivedBy: number[] = [];
let writesBy: number[] = [];
let awarenessSent = 0;
let awarenessSinceUs = 0;

async function connect(command: Extract<WorkerCommand, { op: 'connect' }>): Promise<WorkerResult> {
  const failures: string[] = [];
  clients = command.docIds.map(
    (docId) =>
      new BenchClient({
        kind: command.kind,
        port: command.port,
        docId,
        awareness: command.awareness,
      }),
  );
  await mapLimit(clients, command.concurrency, async (client) => {
    await client.connect().catch((error: Error) => failures.push(error.message));
  });
  return { failures };
}

function armFanout(): WorkerResult {
  latencies = [];
  receivedBy = clients.map(() => 0);
  writesBy = clients.map(() => 0);
  clients.forEach((client, index) => {
    client.doc.getText(TEXT_NAME).observe((event: Y.YTextEvent, transaction: Y.Transaction) => {
      if (transaction.local) return;
      const now = nowUs();
      for (const op of event.delta) {
        if (typeof op.insert !== 'string') continue;
        for (const match of op.insert.matchAll(STAMP)) {
          latencies.push(now - Number(match[2]));
          receivedBy[index] = (receivedBy[index] ?? 0) + 1;
        }
      }
    });
  });
  return {};
}

function write(command: Extract<WorkerCommand, { op: 'write' }>): WorkerResult {
  const client = clients[command.client];
  if (!client) throw new Error(`no local client ${command.client}`);
  const text = client.doc.getText(TEXT_NAME);
  if (command.measured) {
    writesBy[command.client] = (writesBy[command.client] ?? 0) + 1;
    text.insert(text.length, `[${command.seq}:${nowUs()}]`);
  } else {
    text.insert(text.length, `[w${command.seq}]`);
  }
  return {};
}

async function collectFanout(measuredTotal: number, timeoutMs: number): Promise<WorkerResult> {
  const expectedBy = clients.map((_client, index) => measuredTotal - (writesBy[index] ?? 0));
  const complete = (): boolean =>
    expectedBy.every((expected, index) => (receivedBy[index] ?? 0) >= expected);
  await waitFor(complete, timeoutMs);
  const samples: Samples = {
    latenciesUs: latencies,
    received: receivedBy.reduce((sum, count) => sum + count, 0),
    sentOrExpected: expectedBy.reduce((sum, count) => sum + count, 0),
  };
  return { samples };
}

function editEach(): WorkerResult {
  for (const client of clients) client.doc.getText(TEXT_NAME).insert(0, 'hello ');
  return {};
}

async function runAwareness(hz: number, durationMs: number): Promise<WorkerResult> {
  latencies = [];
  awarenessSent = 0;
  awarenessSinceUs = nowUs();
  const periodMs = 1000 / hz;
  const ticks = Math.max(1, Math.floor((durationMs / 1000) * hz));
  for (const client of clients) {
    client.awareness?.on(
      'change',
      (change: { added: number[]; updated: number[] }, origin: unknown) => {
        if (origin === 'local' || !client.awareness) return;
        const now = nowUs();
        const states = client.awareness.getStates();
        for (const id of [...change.added, ...change.updated]) {
          const t: unknown = states.get(id)?.t;
          if (typeof t === 'number' && t >= awarenessSinceUs) latencies.push(now - t);
        }
      },
    );
  }
  await Promise.all(
    clients.map(async (client, index) => {
      // Absolute schedule with a random phase, so timer drift does not lower the rate.
      const startMs = performance.now() + Math.random() * periodMs;
      for (let seq = 0; seq < ticks; seq++) {
        await sleep(Math.max(0, startMs + seq * periodMs - performance.now()));
        client.awareness?.setLocalState({
          user: { name: `bench-${index}`, color: '#3366ff' },
          cursor: { anchor: seq, head: seq + 1 },
          seq,
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
    case 'armFanout':
      return armFanout();
    case 'write':
      return write(command);
    case 'collectFanout':
      return collectFanout(command.measuredTotal, command.timeoutMs);
    case 'editEach':
      return editEach();
    case 'runAwareness':
      return runAwareness(command.hz, command.durationMs);
    case 'collectAwareness':
      return collectAwareness(command.graceMs);
    case 'closeAll':
      return closeAll();
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
