import { ClientPool } from '../lib/ClientPool';
import { readRssKiB } from '../lib/procStats';
import { startServer } from '../lib/servers';
import { mapLimit, sleep } from '../lib/time';
import type { ServerKind } from '../lib/wire';
import { type BenchConfig, type Metric, metric, toMiB } from './types';

/** Extra wait after the idle timeout, so unloading and persistence have surely run. */
const FORCED_WAIT_MS = 5_000;

/** 2. Server RSS: at start, with N documents open (one client each, one edit each), after close. */
export async function memory(kind: ServerKind, config: BenchConfig): Promise<Metric[]> {
  const documents = config.quick ? 100 : 1_000;
  const server = await startServer(kind, { idleMs: config.idleMs, logDir: config.logDir });
  try {
    await sleep(1_000);
    const rssStart = readRssKiB(server.pid());
    const docIds = await mapLimit(
      Array.from({ length: documents }, (_v, i) => i),
      16,
      (i) => server.createDocument(`memory-${i}`),
    );
    const pool = await ClientPool.connect({
      kind,
      port: server.port,
      docIds,
      workers: config.workers,
    });
    let rssOpen: number;
    try {
      await pool.broadcast(() => ({ op: 'editEach' }));
      await sleep(3_000);
      rssOpen = readRssKiB(server.pid());
    } finally {
      await pool.close();
    }
    await sleep(config.idleMs + FORCED_WAIT_MS);
    const rssAfter = readRssKiB(server.pid());
    const name = `memory ${documents} docs`;
    return [
      metric(name, 'RSS at start', 'MiB', toMiB(rssStart)),
      metric(name, `RSS with ${documents} open`, 'MiB', toMiB(rssOpen)),
      metric(name, 'RSS per open doc', 'KiB', (rssOpen - rssStart) / documents),
      metric(name, 'RSS after close+idle', 'MiB', toMiB(rssAfter)),
    ];
  } finally {
    await server.stop();
  }
}
