import { ClientPool } from '../lib/ClientPool';
import { readRssKiB } from '../lib/procStats';
import { type ServerHandle, startServer } from '../lib/servers';
import { mapLimit, sleep } from '../lib/time';
import type { ServerKind } from '../lib/wire';
import { type BenchConfig, type Metric, metric, toMiB } from './types';

/** Extra wait after the idle timeout, so unloading and persistence have surely run. */
const FORCED_WAIT_MS = 5_000;

/** Opens `documents` new documents (one client and one edit each), then closes them all. */
async function round(
  server: ServerHandle,
  config: BenchConfig,
  documents: number,
  tag: string,
): Promise<{ open: number; after: number }> {
  const docIds = await mapLimit(
    Array.from({ length: documents }, (_v, i) => i),
    16,
    (i) => server.createDocument(`memory-${tag}-${i}`),
  );
  const pool = await ClientPool.connect({
    server,
    docIds,
    workers: config.workers,
    mode: 'plain',
  });
  let open: number;
  try {
    await pool.broadcast(() => ({ op: 'editEach' }));
    await sleep(3_000);
    open = readRssKiB(server.pid());
  } finally {
    await pool.close();
  }
  await sleep(config.idleMs + FORCED_WAIT_MS);
  return { open, after: readRssKiB(server.pid()) };
}

/**
 * 2. Server RSS at start, with N documents open, after they close and go idle — and after a
 * second round of N other documents, which tells memory that is merely not handed back to the
 * OS (flat) from memory that grows with the documents ever opened (another N docs' worth).
 */
export async function memory(kind: ServerKind, config: BenchConfig): Promise<Metric[]> {
  const documents = config.quick ? 100 : 1_000;
  const server = await startServer(kind, { idleMs: config.idleMs, logDir: config.logDir });
  try {
    await sleep(1_000);
    const start = readRssKiB(server.pid());
    const first = await round(server, config, documents, 'a');
    const second = await round(server, config, documents, 'b');
    const name = `memory ${documents} docs`;
    return [
      metric(name, 'RSS at start', 'MiB', toMiB(start)),
      metric(name, `RSS with ${documents} open`, 'MiB', toMiB(first.open)),
      metric(name, 'RSS per open doc', 'KiB', (first.open - start) / documents),
      metric(name, 'RSS after close + idle', 'MiB', toMiB(first.after)),
      // Back to idle? What the server kept after every client left, over its start.
      metric(name, 'RSS after close + idle − start', 'MiB', toMiB(first.after - start)),
      metric(name, `RSS after 2nd round of ${documents}`, 'MiB', toMiB(second.after)),
    ];
  } finally {
    await server.stop();
  }
}
