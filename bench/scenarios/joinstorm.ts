import { buildDocument } from '../lib/buildDocument';
import { ClientPool } from '../lib/ClientPool';
import { type Ping, Probe, pingsBetween } from '../lib/Probe';
import { readCpuMs, readRssKiB, rssSampler } from '../lib/procStats';
import { startServer } from '../lib/servers';
import { distribution } from '../lib/stats';
import { sleep } from '../lib/time';
import type { ServerKind } from '../lib/wire';
import type { JoinSample } from '../lib/workerProtocol';
import { type BenchConfig, type Metric, metric, toMiB, toMs } from './types';

/** The bystander writes (and GETs /healthz) this often; a storm lasts a few hundred ms. */
const PROBE_PERIOD_MS = 20;
const BASELINE_MS = 2_000;

function probeMetrics(
  name: string,
  what: string,
  pings: readonly Ping[],
  from: number,
  to: number,
) {
  const { latenciesUs, lost } = pingsBetween(pings, from, to);
  const d = distribution(latenciesUs);
  return [
    metric(name, `${what} p50`, 'ms', toMs(d.p50)),
    metric(name, `${what} max`, 'ms', toMs(d.max)),
    metric(name, `${what} unanswered`, 'count', lost),
  ];
}

function checkJoins(joins: JoinSample[], clients: number, length: number): void {
  if (joins.length !== clients) throw new Error(`${joins.length} of ${clients} clients reported`);
  const wrong = joins.filter((join) => join.length !== length);
  if (wrong.length > 0) {
    throw new Error(`${wrong.length} clients synced ${wrong[0]?.length} chars, expected ${length}`);
  }
}

/**
 * 5. Join storm: a document of ~3 MB encoded state, built through the server and kept loaded;
 * then N fresh clients connect at once and each does a full sync. A bystander pair on a small
 * second document, and GET /healthz, show whether the server keeps answering meanwhile.
 */
export async function joinstorm(kind: ServerKind, config: BenchConfig): Promise<Metric[]> {
  const clients = config.quick ? 20 : 100;
  const targetBytes = config.quick ? 300_000 : 3_000_000;
  const server = await startServer(kind, { idleMs: config.idleMs, logDir: config.logDir });
  try {
    const docId = await server.createDocument('joinstorm');
    const built = await buildDocument(server, docId, targetBytes);
    const probe = await Probe.connect(server, await server.createDocument('bystander'), {
      periodMs: PROBE_PERIOD_MS,
      http: true,
    });
    try {
      // Let background work settle (Hocuspocus stores 2 s after a change, Tandem checkpoints).
      await sleep(3_000);
      probe.start();
      await sleep(BASELINE_MS);
      const baseline = await probe.stop(1_000);

      const pool = await ClientPool.start(config.workers);
      const pid = server.pid();
      const rssBefore = readRssKiB(pid);
      const rss = rssSampler(pid, 20);
      const cpu0 = readCpuMs(pid);
      probe.start();
      const results = await pool.join({
        server,
        docIds: Array.from({ length: clients }, () => docId),
        mode: 'storm',
        concurrency: clients,
      });
      // Replies were applied (checked) only after every client of a worker had synced; the
      // server is idle by then, so its CPU and peak RSS up to here are the storm's.
      const cpuMs = readCpuMs(pid) - cpu0;
      const peakKiB = rss.stop();
      const during = await probe.stop(5_000);
      await pool.close();

      const joins = results.flatMap((result) => result.joins ?? []);
      checkJoins(joins, clients, built.length);
      const startUs = Math.min(...joins.map((join) => join.startUs));
      const endUs = Math.max(...joins.map((join) => join.syncedUs));
      const perClient = distribution(joins.map((join) => join.syncedUs - join.startUs));
      // The target, not the built size: the key must be the same for both servers.
      const name = `join storm ${clients} × ${targetBytes / 1e6} MB`;
      const baseEdits = distribution(pingsBetween(baseline.edits).latenciesUs);
      return [
        metric(name, 'document encoded size', 'MiB', toMiB(built.encodedBytes / 1024)),
        metric(name, 'step 2 reply size', 'MiB', toMiB((joins[0]?.replyBytes ?? 0) / 1024)),
        metric(name, 'connect → synced p50', 'ms', toMs(perClient.p50)),
        metric(name, 'connect → synced p99', 'ms', toMs(perClient.p99)),
        metric(name, 'all synced (storm start → last)', 'ms', toMs(endUs - startUs)),
        metric(name, 'server CPU time', 'ms', cpuMs),
        metric(name, 'server RSS before', 'MiB', toMiB(rssBefore)),
        metric(name, 'server RSS peak', 'MiB', toMiB(peakKiB)),
        metric(name, 'bystander edit, idle p50', 'ms', toMs(baseEdits.p50)),
        ...probeMetrics(name, 'bystander edit', during.edits, startUs, endUs),
        ...probeMetrics(name, 'GET /healthz', during.http, startUs, endUs),
      ];
    } finally {
      probe.close();
      built.holder.close();
    }
  } finally {
    await server.stop();
  }
}
