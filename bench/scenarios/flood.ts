import { BenchClient, TEXT_NAME } from '../lib/BenchClient';
import { ClientPool } from '../lib/ClientPool';
import { Probe, pingsBetween } from '../lib/Probe';
import { cpuMeter, readRssKiB, rssSampler } from '../lib/procStats';
import { type ServerHandle, startServer } from '../lib/servers';
import { distribution } from '../lib/stats';
import { nowUs, sleep } from '../lib/time';
import type { ServerKind } from '../lib/wire';
import type { CountResult, FloodResult } from '../lib/workerProtocol';
import { type BenchConfig, type Metric, metric, toMiB, toMs } from './types';

/** The bystander pair writes this often. */
const PROBE_PERIOD_MS = 50;
const BASELINE_MS = 3_000;
/** Updates the flooder makes per event-loop turn of its thread. */
const CHUNK = 500;
/** The flood is cut when the server's RSS passes this (the machine has 24 GiB). */
const RSS_LIMIT_KIB = 3 * 1024 * 1024;
/**
 * After the flooder is cut, how long to watch the server go on taking updates it had read (or
 * that still sat in its socket's receive buffer) before the cut.
 */
const DRAIN_MAX_MS = 30_000;

async function counted(watch: ClientPool): Promise<CountResult> {
  const [result] = await watch.broadcast(() => ({ op: 'counted' }));
  if (!result?.counted) throw new Error('watcher did not answer');
  return result.counted;
}

/** Waits (at most `maxMs`) until the watcher's count has not grown for a second. */
async function drain(watch: ClientPool, maxMs: number): Promise<CountResult & { done: boolean }> {
  const deadline = Date.now() + maxMs;
  let last = await counted(watch);
  while (Date.now() < deadline) {
    await sleep(1_000);
    const now = await counted(watch);
    if (now.items === last.items) return { ...now, done: true };
    last = now;
  }
  return { ...last, done: false };
}

/**
 * A fresh client syncs document A: it must hold the appends the watcher saw, and (when the
 * server is still taking a backlog) at most what was sent.
 */
async function verify(server: ServerHandle, docId: string, seen: number, sent: number) {
  const { kind, port, token } = server;
  const client = new BenchClient({ kind, port, token, docId, timeoutMs: 60_000 });
  await client.connect();
  const length = client.doc.getText(TEXT_NAME).length;
  client.close();
  if (length < seen || length > sent) {
    throw new Error(`${kind}: synced ${length} appends; the watcher saw ${seen}, ${sent} sent`);
  }
}

/**
 * 6. Flood: one authorised client appends `count` one-character updates to document A as fast
 * as it can, for at most `windowMs`; a watcher on A counts what the server took, and a bystander
 * pair on document B times its edits (one every 50 ms) before and during the flood.
 */
export async function flood(kind: ServerKind, config: BenchConfig): Promise<Metric[]> {
  const count = config.quick ? 5_000 : 50_000;
  const windowMs = config.quick ? 5_000 : 20_000;
  const server = await startServer(kind, { idleMs: config.idleMs, logDir: config.logDir });
  const pools: ClientPool[] = [];
  let probe: Probe | null = null;
  try {
    const docA = await server.createDocument('flooded');
    const docB = await server.createDocument('bystander');
    probe = await Probe.connect(server, docB, { periodMs: PROBE_PERIOD_MS, http: true });
    const open = async (mode: 'count' | 'plain'): Promise<ClientPool> => {
      const pool = await ClientPool.connect({ server, docIds: [docA], workers: 1, mode });
      pools.push(pool);
      return pool;
    };
    const watch = await open('count');
    const flooder = await open('plain');

    probe.start();
    await sleep(BASELINE_MS);
    const baseline = await probe.stop(1_000);

    const pid = server.pid();
    const rssBefore = readRssKiB(pid);
    let guardTripped = false;
    const stopFlood = (): void => {
      void flooder.broadcast(() => ({ op: 'stopFlood' }));
    };
    const rss = rssSampler(pid, 50, (kiB) => {
      if (kiB <= RSS_LIMIT_KIB || guardTripped) return;
      guardTripped = true;
      stopFlood();
    });
    const cpu = cpuMeter(pid);
    probe.start();
    const startUs = nowUs();
    let flooding = true;
    const run = flooder
      .broadcast(() => ({ op: 'flood', count, durationMs: windowMs, chunk: CHUNK }))
      .finally(() => {
        flooding = false;
      });
    // Once the server has taken every update there is nothing left to measure: stop early.
    while (flooding) {
      await sleep(100);
      if ((await counted(watch)).items >= count) stopFlood();
    }
    const floodResult: FloodResult | undefined = (await run)[0]?.flood;
    if (!floodResult) throw new Error('flooder did not report');
    const cutUs = nowUs();
    const atCut = await counted(watch);
    const drained = await drain(watch, config.quick ? 10_000 : DRAIN_MAX_MS);
    const endUs = nowUs();
    const during = await probe.stop(5_000);
    const peakKiB = rss.stop();
    const cpuPercent = cpu.stop().cpuPercent;
    await verify(server, docA, drained.items, floodResult.sent);

    const takenSeconds = Math.max(1, Math.min(atCut.lastUs, cutUs) - startUs) / 1e6;
    const edits = pingsBetween(during.edits, startUs, endUs);
    const http = distribution(pingsBetween(during.http, startUs, endUs).latenciesUs);
    const e = distribution(edits.latenciesUs);
    const base = distribution(pingsBetween(baseline.edits).latenciesUs);
    const name = `flood ${count / 1000}k appends, ≤ ${windowMs / 1000} s`;
    return [
      metric(name, 'sent by the flooder', 'count', floodResult.sent),
      metric(name, 'flooder send rate', 'updates/s', floodResult.sent / (floodResult.sendMs / 1e3)),
      metric(name, 'taken by the server before the cut', 'count', atCut.items),
      metric(name, 'taken per second', 'updates/s', atCut.items / takenSeconds),
      metric(name, 'taken after the cut (backlog)', 'count', drained.items - atCut.items),
      metric(name, '… still taking when the watch ended', 'count', drained.done ? 0 : 1),
      metric(name, '… watched for', 'ms', (endUs - cutUs) / 1e3),
      metric(name, 'flood cut at (from start)', 'ms', (cutUs - startUs) / 1e3),
      metric(name, 'stopped by the 3 GiB RSS guard', 'count', guardTripped ? 1 : 0),
      metric(name, 'server RSS before', 'MiB', toMiB(rssBefore)),
      metric(name, 'server RSS peak', 'MiB', toMiB(peakKiB)),
      metric(name, 'server CPU', '%', cpuPercent),
      metric(name, 'bystander edit, idle p50', 'ms', toMs(base.p50)),
      metric(name, 'bystander edit, idle p99', 'ms', toMs(base.p99)),
      metric(name, 'bystander edit p50', 'ms', toMs(e.p50)),
      metric(name, 'bystander edit p99', 'ms', toMs(e.p99)),
      metric(name, 'bystander edit max', 'ms', toMs(e.max)),
      metric(name, 'bystander edits unanswered', 'count', edits.lost),
      metric(name, 'GET /healthz p50', 'ms', toMs(http.p50)),
      metric(name, 'GET /healthz p99', 'ms', toMs(http.p99)),
    ];
  } finally {
    probe?.close();
    for (const pool of pools) await pool.close();
    await server.stop();
  }
}
