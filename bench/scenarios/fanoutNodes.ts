import { ClientPool } from '../lib/ClientPool';
import { type ClusterOptions, type SetupName, startCluster } from '../lib/cluster';
import { cpuMeter } from '../lib/procStats';
import type { ServerHandle } from '../lib/servers';
import { distribution } from '../lib/stats';
import { mapLimit, nowUs, sleep } from '../lib/time';
import type { Samples } from '../lib/workerProtocol';
import { writeAtRate } from './fanout';
import { type Metric, metric, toMs } from './types';

export interface FanoutNodesConfig extends ClusterOptions {
  clients: number;
  /** Measured inserts at the fan-out scenario's 20/s. */
  updates: number;
  /** Inserts sent back to back afterwards, for throughput. */
  burst: number;
  workers: number;
}

const WARMUP_UPDATES = 20;
const SCENARIO = 'fanout across nodes';

/**
 * Client `i`'s node. Clients sit in worker `i % workers`, so this puts half of each worker's
 * clients on each node; with rotating writers (stride 7) half the writers are on each node too.
 */
function nodeOf(client: number, workers: number, nodes: number): number {
  return Math.floor(client / workers) % nodes;
}

/** Sums the CPU time of every node of a set-up, as % of one core. */
function clusterCpu(nodes: ServerHandle[]): { stop(): number } {
  const meters = nodes.map((node) => cpuMeter(node.pid()));
  return { stop: () => meters.reduce((sum, meter) => sum + meter.stop().cpuPercent, 0) };
}

function latencyMetrics(label: string, values: readonly number[]): Metric[] {
  const d = distribution(values);
  return [
    metric(SCENARIO, `${label} p50`, 'ms', toMs(d.p50)),
    metric(SCENARIO, `${label} p95`, 'ms', toMs(d.p95)),
    metric(SCENARIO, `${label} p99`, 'ms', toMs(d.p99)),
  ];
}

/** Rate phase: the fan-out scenario's steady 20 inserts/s from rotating writers. */
async function latencyPhase(
  pool: ClientPool,
  nodes: ServerHandle[],
  config: FanoutNodesConfig,
): Promise<Metric[]> {
  const cpu = clusterCpu(nodes);
  await writeAtRate(pool, config.clients, 0, config.updates, true);
  const samples = await pool.collect(() => ({
    op: 'collectFanout',
    measuredTotal: config.updates,
    timeoutMs: 15_000,
  }));
  const serverCpu = cpu.stop();
  return [
    ...latencyMetrics('latency, all receivers', samples.latenciesUs),
    ...latencyMetrics('latency, same node', samples.sameNodeUs ?? []),
    ...latencyMetrics('latency, other node', samples.otherNodeUs ?? []),
    metric(SCENARIO, 'delivered at 20/s', '%', (100 * samples.received) / samples.sentOrExpected),
    metric(SCENARIO, 'server CPU at 20/s, all nodes', '%', serverCpu),
  ];
}

/** Writes handed to the workers at once in the burst: enough to keep every server saturated. */
const BURST_WINDOW = 64;

/**
 * Burst phase: `burst` inserts from rotating writers, unpaced (up to BURST_WINDOW handed to the
 * workers at a time, so the offered rate does not hang on one round trip per write), then every
 * receiver's copy awaited. Throughput is the deliveries over the time from the first send to the
 * last receipt: what the server(s) and the clients on this machine sustain together.
 */
async function burstPhase(pool: ClientPool, config: FanoutNodesConfig): Promise<Metric[]> {
  await pool.broadcast(() => ({ op: 'resetFanout' }));
  const firstSeq = 2_000_000;
  const startUs = nowUs();
  const seqs = Array.from({ length: config.burst }, (_v, i) => firstSeq + i);
  await mapLimit(seqs, BURST_WINDOW, (seq) => pool.write((seq * 7) % config.clients, seq, true));
  const sentUs = nowUs();
  const samples: Samples = await pool.collect(() => ({
    op: 'collectFanout',
    measuredTotal: config.burst,
    timeoutMs: 60_000,
  }));
  const seconds = Math.max(1, (samples.lastUs ?? 0) - startUs) / 1e6;
  const perUpdate = config.clients - 1;
  return [
    metric(SCENARIO, 'burst: offered', 'updates/s', config.burst / ((sentUs - startUs) / 1e6)),
    metric(SCENARIO, 'burst: delivered', '%', (100 * samples.received) / samples.sentOrExpected),
    metric(SCENARIO, 'burst: deliveries/s', 'updates/s', samples.received / seconds),
    metric(
      SCENARIO,
      'burst: edits/s reaching all',
      'updates/s',
      samples.received / perUpdate / seconds,
    ),
    ...latencyMetrics('burst latency', samples.latenciesUs),
  ];
}

/**
 * Fan-out with the editors split over a set-up's nodes: one document, `clients` clients, client
 * `i` on node nodeOf(i). The same client code and rate as the fan-out scenario; writes carry the
 * writer's node, so receivers split their latencies by same node / other node.
 */
export async function fanoutNodes(setup: SetupName, config: FanoutNodesConfig): Promise<Metric[]> {
  const cluster = await startCluster(setup, config);
  try {
    const { nodes } = cluster;
    const first = nodes[0];
    if (!first) throw new Error(`${setup}: no node started`);
    const docId = await first.createDocument(`fanout-nodes-${config.clients}`);
    const nodeOfClient = Array.from({ length: config.clients }, (_v, i) =>
      nodeOf(i, config.workers, nodes.length),
    );
    const pool = await ClientPool.connect({
      server: first,
      docIds: nodeOfClient.map(() => docId),
      ports: nodeOfClient.map((node) => nodes[node]?.port ?? first.port),
      nodes: nodeOfClient,
      workers: config.workers,
      mode: 'fanout',
    });
    try {
      await writeAtRate(pool, config.clients, 1_000_000, WARMUP_UPDATES, false);
      await sleep(500);
      const latency = await latencyPhase(pool, nodes, config);
      await sleep(500);
      return [...latency, ...(await burstPhase(pool, config))];
    } finally {
      await pool.close();
    }
  } finally {
    await cluster.stop();
  }
}
