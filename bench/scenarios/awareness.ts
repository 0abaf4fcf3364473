import { ClientPool } from '../lib/ClientPool';
import { cpuMeter } from '../lib/procStats';
import { startServer } from '../lib/servers';
import { distribution } from '../lib/stats';
import { sleep } from '../lib/time';
import type { ServerKind } from '../lib/wire';
import { type BenchConfig, type Metric, metric, toMs } from './types';

const HZ = 10;

/** 4. Awareness: N clients on one document each publish a cursor at HZ; server CPU and latency. */
export async function awareness(kind: ServerKind, config: BenchConfig): Promise<Metric[]> {
  const clients = config.quick ? 20 : 100;
  const durationMs = config.quick ? 2_000 : 10_000;
  const server = await startServer(kind, { idleMs: config.idleMs, logDir: config.logDir });
  try {
    const docId = await server.createDocument('awareness');
    const pool = await ClientPool.connect({
      kind,
      port: server.port,
      docIds: Array.from({ length: clients }, () => docId),
      workers: config.workers,
      awareness: true,
    });
    try {
      await sleep(500);
      const serverCpu = cpuMeter(server.pid());
      const benchCpu = cpuMeter(process.pid);
      await pool.broadcast(() => ({ op: 'runAwareness', hz: HZ, durationMs }));
      const cpu = serverCpu.stop();
      const clientCpu = benchCpu.stop();
      const samples = await pool.collect(() => ({ op: 'collectAwareness', graceMs: 1_000 }));
      const expected = samples.sentOrExpected * (clients - 1);
      const latency = distribution(samples.latenciesUs);
      const name = `awareness ${clients}×${HZ} Hz`;
      return [
        metric(name, 'latency p50', 'ms', toMs(latency.p50)),
        metric(name, 'latency p99', 'ms', toMs(latency.p99)),
        metric(name, 'delivered', '%', (100 * samples.received) / expected),
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
