import { ClientPool } from '../lib/ClientPool';
import { cpuMeter, readCpuMs } from '../lib/procStats';
import { startServer } from '../lib/servers';
import { distribution } from '../lib/stats';
import { nowUs, sleep } from '../lib/time';
import type { ServerKind } from '../lib/wire';
import { type BenchConfig, type Metric, metric, toMs } from './types';

const HZ = 10;
/** Time after the last publish during which late deliveries still count. */
const GRACE_MS = 1_000;

async function awarenessOnce(
  kind: ServerKind,
  config: BenchConfig,
  clients: number,
  durationMs: number,
): Promise<Metric[]> {
  const server = await startServer(kind, { idleMs: config.idleMs, logDir: config.logDir });
  try {
    const docId = await server.createDocument('awareness');
    const pool = await ClientPool.connect({
      server,
      docIds: Array.from({ length: clients }, () => docId),
      workers: config.workers,
      mode: 'awareness',
    });
    try {
      await sleep(500);
      const cpuBefore = readCpuMs(server.pid());
      const serverCpu = cpuMeter(server.pid());
      const benchCpu = cpuMeter(process.pid);
      const sinceUs = nowUs();
      await pool.broadcast(() => ({ op: 'runAwareness', hz: HZ, durationMs, sinceUs }));
      const cpu = serverCpu.stop();
      const clientCpu = benchCpu.stop();
      const samples = await pool.collect(() => ({ op: 'collectAwareness', graceMs: GRACE_MS }));
      // Work the server did for this run, including what it caught up on during the grace time.
      const cpuMsTotal = readCpuMs(server.pid()) - cpuBefore;
      const expected = samples.sentOrExpected * (clients - 1);
      const latency = distribution(samples.latenciesUs);
      const name = `awareness ${clients}×${HZ} Hz`;
      return [
        metric(name, 'latency p50', 'ms', toMs(latency.p50)),
        metric(name, 'latency p99', 'ms', toMs(latency.p99)),
        metric(
          name,
          `delivered within ${GRACE_MS / 1000} s`,
          '%',
          (100 * samples.received) / expected,
        ),
        metric(name, 'server CPU', '%', cpu.cpuPercent),
        metric(name, 'server CPU per delivery', 'µs', (cpuMsTotal * 1000) / samples.received),
        metric(name, 'bench (clients) CPU', '%', clientCpu.cpuPercent),
      ];
    } finally {
      await pool.close();
    }
  } finally {
    await server.stop();
  }
}

/**
 * 4. Awareness: N clients on one document each publish a cursor at HZ. Every update reaches N-1
 * others, so 100 clients mean ~99,000 deliveries a second — past what this 2-core machine can
 * carry with the clients on it too; the smaller size shows the cost below saturation.
 */
export async function awareness(kind: ServerKind, config: BenchConfig): Promise<Metric[]> {
  const sizes = config.quick ? [10, 20] : [30, 100];
  const durationMs = config.quick ? 2_000 : 10_000;
  const metrics: Metric[] = [];
  for (const clients of sizes) {
    metrics.push(...(await awarenessOnce(kind, config, clients, durationMs)));
  }
  return metrics;
}
