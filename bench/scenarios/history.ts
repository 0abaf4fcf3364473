import * as Y from 'yjs';
import { BenchClient, TEXT_NAME } from '../lib/BenchClient';
import { prng } from '../lib/prng';
import { type ServerHandle, startServer } from '../lib/servers';
import { median } from '../lib/stats';
import { sleep, waitFor } from '../lib/time';
import type { ServerKind } from '../lib/wire';
import { type BenchConfig, type Metric, metric, skipped, toMiB } from './types';

/**
 * Twenty sockets: Tandem takes at most 200 updates a second from one connection after a burst of
 * 1,000 (its flood guard, server/src/sync/FrameBudget.ts), so four writers spent two minutes of
 * every run measuring that cap (~830 edits/s) rather than the server. Twenty still type 40 times
 * faster than people do.
 */
const WRITERS = 20;
const BATCH = 250;
/** A writer moves its cursor to a random spot this often, like a person editing elsewhere. */
const JUMP_EVERY = 50;
/** Fresh syncs of the loaded document before the timed ones (see history()). */
const UNTIMED_SYNCS = 3;

/** Newest clock per Yjs client seen in broadcast updates, read from update metadata only. */
type Clocks = Map<number, number>;

function trackClocks(clocks: Clocks): (update: Uint8Array) => void {
  return (update) => {
    for (const [client, clock] of Y.parseUpdateMeta(update).to) {
      if (clock > (clocks.get(client) ?? 0)) clocks.set(client, clock);
    }
  };
}

/**
 * One writer sends `edits` single-transaction inserts (1-3 chars each), BATCH at a time, and
 * waits until the observer has received each batch: backpressure through the server. Nobody
 * applies broadcasts (applyRemote false), so the bench is not what limits the ingest rate; the
 * content is verified by the fresh clients that sync it afterwards.
 */
async function writeHistory(
  writer: BenchClient,
  observed: Clocks,
  edits: number,
  seed: number,
): Promise<number> {
  const random = prng(seed);
  const text = writer.doc.getText(TEXT_NAME);
  let cursor = 0;
  let inserted = 0;
  for (let done = 0; done < edits; ) {
    for (const end = Math.min(edits, done + BATCH); done < end; done++) {
      if (done % JUMP_EVERY === 0) cursor = Math.floor(random() * (text.length + 1));
      const chunk = 'abc'.slice(0, 1 + (done % 3));
      text.insert(cursor, chunk);
      cursor += chunk.length;
      inserted += chunk.length;
    }
    const target = Y.getState(writer.doc.store, writer.doc.clientID);
    const arrived = () => (observed.get(writer.doc.clientID) ?? 0) >= target;
    if (!(await waitFor(arrived, 120_000, 2))) throw new Error('history build stalled');
  }
  return inserted;
}

interface SyncTiming {
  /** Connect to synced, ms. */
  total: number;
  /** Connect to the WebSocket upgrade being accepted (HTTP, auth, document lookup), ms. */
  open: number;
  /** Connect to the server's sync step 2 arriving, before the client applies it, ms. */
  reply: number;
}

/** Connects a fresh client and times connect → synced, checking the content. */
async function timeFreshSync(
  server: ServerHandle,
  docId: string,
  expectedLength: number,
): Promise<SyncTiming> {
  const { kind, port, token } = server;
  const client = new BenchClient({ kind, port, token, docId, timeoutMs: 120_000 });
  const start = performance.now();
  await client.connect();
  const timing = {
    total: performance.now() - start,
    open: client.openedAt - start,
    reply: client.stepTwoAt - start,
  };
  const length = client.doc.getText(TEXT_NAME).length;
  client.close();
  if (length !== expectedLength) {
    throw new Error(`${server.kind}: synced ${length} chars, expected ${expectedLength}`);
  }
  return timing;
}

/**
 * Once the last client has left, lets the server persist (Hocuspocus stores on the last
 * disconnect), then `runs` times restarts it and times a fresh client's sync from cold.
 */
async function coldSyncs(
  server: ServerHandle,
  docId: string,
  expectedLength: number,
  runs: number,
  idleMs: number,
): Promise<SyncTiming[]> {
  await sleep(idleMs + 2_000);
  const cold: SyncTiming[] = [];
  for (let i = 0; i < runs; i++) {
    await server.restart();
    cold.push(await timeFreshSync(server, docId, expectedLength));
  }
  return cold;
}

const COLD_LABELS = [
  'fresh sync after restart (median)',
  '… of which until socket open',
  '… of which until step 2 arrived',
] as const;

/** Cold sync rows; a server that forgets documents on restart gets none rather than a fake one. */
function coldMetrics(name: string, cold: SyncTiming[] | null): Metric[] {
  const [total, open, reply] = COLD_LABELS;
  if (!cold) {
    const reason = 'keeps documents in memory only (no YPERSISTENCE); a restart loses them';
    return COLD_LABELS.map((label) => skipped(name, label, 'ms', reason));
  }
  return [
    metric(name, total, 'ms', median(cold.map((t) => t.total))),
    metric(name, open, 'ms', median(cold.map((t) => t.open))),
    metric(name, reply, 'ms', median(cold.map((t) => t.reply))),
  ];
}

/** 3. Sync time of a document with a long update history, warm (loaded) and cold (restart). */
export async function history(kind: ServerKind, config: BenchConfig): Promise<Metric[]> {
  const edits = config.quick ? 5_000 : 100_000;
  const warmRuns = 9;
  const coldRuns = config.quick ? 1 : 5;
  const server = await startServer(kind, { idleMs: config.idleMs, logDir: config.logDir });
  try {
    const docId = await server.createDocument('history');
    const observed: Clocks = new Map();
    const { port, token } = server;
    const observer = new BenchClient({
      kind,
      port,
      token,
      docId,
      applyRemote: false,
      onRemoteUpdate: trackClocks(observed),
    });
    await observer.connect();
    const writers = Array.from(
      { length: WRITERS },
      () => new BenchClient({ kind, port, token, docId, applyRemote: false }),
    );
    await Promise.all(writers.map((writer) => writer.connect()));

    const buildStart = performance.now();
    const perWriter = Math.ceil(edits / WRITERS);
    const lengths = await Promise.all(
      writers.map((writer, i) => writeHistory(writer, observed, perWriter, 1234 + i)),
    );
    const buildMs = performance.now() - buildStart;
    const expectedLength = lengths.reduce((sum, n) => sum + n, 0);
    for (const writer of writers) writer.close();

    // The observer stays connected, so the document stays loaded: a warm sync. The first syncs
    // are not timed: the bench applies a document this size for the first time there, in code
    // V8 has not optimised yet (78 → 9 ms over five syncs from Tandem, 40 → 11 from y-websocket
    // in one run), which timed the bench's JIT rather than the server.
    for (let i = 0; i < UNTIMED_SYNCS; i++) await timeFreshSync(server, docId, expectedLength);
    const warm: SyncTiming[] = [];
    for (let i = 0; i < warmRuns; i++)
      warm.push(await timeFreshSync(server, docId, expectedLength));
    observer.close();
    const cold = server.persistent
      ? await coldSyncs(server, docId, expectedLength, coldRuns, config.idleMs)
      : null;
    const name = `history ${edits / 1000}k edits`;
    return [
      metric(name, 'build (ingest) rate', 'edits/s', (WRITERS * perWriter * 1000) / buildMs),
      metric(name, 'fresh sync, loaded (median)', 'ms', median(warm.map((t) => t.total))),
      // The server's share: the rest is the client applying the document, the same for all.
      metric(name, '… until step 2 arrived', 'ms', median(warm.map((t) => t.reply))),
      ...coldMetrics(name, cold),
      metric(name, 'data on disk', 'MiB', toMiB(server.diskBytes() / 1024)),
    ];
  } finally {
    await server.stop();
  }
}
