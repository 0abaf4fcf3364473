import { ClientPool } from '../lib/ClientPool';
import { cpuMeter } from '../lib/procStats';
import { startServer } from '../lib/servers';
import { distribution } from '../lib/stats';
import { sleep } from '../lib/time';
import type { ServerKind } from '../lib/wire';
import { type BenchConfig, type Metric, metric, toMs } from './types';

const RATE_HZ = 20;
const WARMUP_UPDATES = 20;

/** Sends `count` inserts at RATE_HZ from rotating writers, starting at `firstSeq`. */
export async function writeAtRate(
  pool: ClientPool,
  clients: number,
  firstSeq: number,
  count: number,
  measured: boolean,
): Promise<void> {
  const periodMs = 1000 / RATE_HZ;
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    await sleep(Math.max(0, start + i * periodMs - performance.now()));
    const seq = firstSeq + i;
    // Rotate writers; a stride coprime to most client counts spreads them over both workers.
    await pool.write((seq * 7) % clients, seq, measured);
  }
}

async function fanoutOnce(
  kind: ServerKind,
  config: BenchConfig,
  clients: number,
  updates: number,
): Promise<Metric[]> {
  const server = await startServer(kind, { idleMs: config.idleMs, logDir: config.logDir });
  try {
    const docId = await server.createDocument(`fanout-${clients}`);
    const pool = await ClientPool.connect({
      server,
      docIds: Array.from({ length: clients }, () => docId),
      workers: config.workers,
      mode: 'fanout',
    });
    try {
      await writeAtRate(pool, clients, 1_000_000, WARMUP_UPDATES, false);
      await sleep(500);
      const serverCpu = cpuMeter(server.pid());
      const benchCpu = cpuMeter(process.pid);
      await writeAtRate(pool, clients, 0, updates, true);
      const samples = await pool.collect(() => ({
        op: 'collectFanout',
        measuredTotal: updates,
        timeoutMs: 15_000,
      }));
      const cpu = serverCpu.stop();
      const clientCpu = benchCpu.stop();
      const latency = distribution(samples.latenciesUs);
      const name = `fanout ${clients} clients`;
      return [
        metric(name, 'latency p50', 'ms', toMs(latency.p50)),
        metric(name, 'latency p99', 'ms', toMs(latency.p99)),
        metric(name, 'latency max', 'ms', toMs(latency.max)),
        metric(name, 'delivered', '%', (100 * samples.received) / samples.sentOrExpected),
        metric(name, 'server CPU', '%', cpu.cpuPercent),
        metric(name, 'bench (clients) CPU', '%', clientCpu.cpuPercent),
      ];
    } finally {
      await pool.close();
    }
  } finally {
    await server.stop();
  }
}

/** 1. Update fan-out latency: one document, N clients, rotating writers at a steady rate. */
export async function fanout(kind: ServerKind, config: BenchConfig): Promise<Metric[]> {
  const sizes = config.quick ? [10, 50] : [50, 200];
  const updates = config.quick ? 40 : 200;
  const metrics: Metric[] = [];
  for (const clients of sizes) metrics.push(...(await fanoutOnce(kind, config, clients, updates)));
  return metrics;
}
