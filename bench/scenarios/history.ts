import * as Y from 'yjs';
import { BenchClient, TEXT_NAME } from '../lib/BenchClient';
import { type ServerHandle, startServer } from '../lib/servers';
import { median } from '../lib/stats';
import { sleep, waitFor } from '../lib/time';
import type { ServerKind } from '../lib/wire';
import { type BenchConfig, type Metric, metric } from './types';

const WRITERS = 4;
const BATCH = 250;
/** A writer moves its cursor to a random spot this often, like a person editing elsewhere. */
const JUMP_EVERY = 50;

/** Deterministic PRNG (mulberry32), so both servers get the same history. */
function prng(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One writer sends `edits` single-transaction inserts (1-3 chars each), BATCH at a time, and
 * waits for `observer` to have received each batch: backpressure through the server. Writers
 * drop broadcasts (applyRemote false) so four of them can share this thread cheaply.
 */
async function writeHistory(
  writer: BenchClient,
  observer: BenchClient,
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
    const arrived = () => Y.getState(observer.doc.store, writer.doc.clientID) >= target;
    if (!(await waitFor(arrived, 120_000, 2))) throw new Error('history build stalled');
  }
  return inserted;
}

/** Connects a fresh client and returns ms from connect to synced, checking the content. */
async function timeFreshSync(
  server: ServerHandle,
  docId: string,
  expectedLength: number,
): Promise<number> {
  const client = new BenchClient({
    kind: server.kind,
    port: server.port,
    docId,
    timeoutMs: 120_000,
  });
  const start = performance.now();
  await client.connect();
  const elapsed = performance.now() - start;
  const length = client.doc.getText(TEXT_NAME).length;
  client.close();
  if (length !== expectedLength) {
    throw new Error(`${server.kind}: synced ${length} chars, expected ${expectedLength}`);
  }
  return elapsed;
}

/** 3. Sync time of a document with a long update history, warm (loaded) and cold (restart). */
export async function history(kind: ServerKind, config: BenchConfig): Promise<Metric[]> {
  const edits = config.quick ? 5_000 : 100_000;
  const warmRuns = 5;
  const coldRuns = config.quick ? 1 : 3;
  const server = await startServer(kind, { idleMs: config.idleMs, logDir: config.logDir });
  try {
    const docId = await server.createDocument('history');
    const open = (applyRemote: boolean) =>
      new BenchClient({ kind, port: server.port, docId, applyRemote });
    const observer = open(true);
    await observer.connect();
    const writers = Array.from({ length: WRITERS }, () => open(false));
    await Promise.all(writers.map((writer) => writer.connect()));

    const buildStart = performance.now();
    const perWriter = Math.ceil(edits / WRITERS);
    const lengths = await Promise.all(
      writers.map((writer, i) => writeHistory(writer, observer, perWriter, 1234 + i)),
    );
    const buildMs = performance.now() - buildStart;
    const expectedLength = lengths.reduce((sum, n) => sum + n, 0);
    for (const writer of writers) writer.close();
    const observed = observer.doc.getText(TEXT_NAME).length;
    if (observed !== expectedLength) throw new Error(`observer has ${observed}/${expectedLength}`);

    // The observer stays connected, so the document stays loaded: a warm sync.
    const warm: number[] = [];
    for (let i = 0; i < warmRuns; i++)
      warm.push(await timeFreshSync(server, docId, expectedLength));
    observer.close();
    // Let the last disconnect persist (Hocuspocus stores then) before stopping the server.
    await sleep(config.idleMs + 2_000);

    const cold: number[] = [];
    for (let i = 0; i < coldRuns; i++) {
      await server.restart();
      cold.push(await timeFreshSync(server, docId, expectedLength));
    }
    const name = `history ${edits / 1000}k edits`;
    return [
      metric(name, 'build (ingest) rate', 'edits/s', (WRITERS * perWriter * 1000) / buildMs),
      metric(name, 'fresh sync, loaded (median)', 'ms', median(warm)),
      metric(name, 'fresh sync after restart (median)', 'ms', median(cold)),
    ];
  } finally {
    await server.stop();
  }
}
