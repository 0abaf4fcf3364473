import { Worker } from 'node:worker_threads';
import type { ServerHandle } from './servers';
import type {
  ClientMode,
  Samples,
  WorkerCommand,
  WorkerReply,
  WorkerRequest,
  WorkerResult,
} from './workerProtocol';

interface Pending {
  resolve(result: WorkerResult): void;
  reject(error: Error): void;
}

/**
 * Worker threads on Node 20 do not inherit tsx's `--import` hooks, so the worker is bootstrapped
 * through tsx's `tsImport`, which compiles the worker module and everything it imports.
 */
const BOOTSTRAP = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ tsImport }) =>
  tsImport(${JSON.stringify(new URL('./clientWorker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`;

/** One worker thread hosting a share of the clients. */
class ClientWorker {
  private readonly worker = new Worker(BOOTSTRAP, { eval: true });
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor() {
    this.worker.on('message', (reply: WorkerReply) => {
      const pending = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (!pending) return;
      if (reply.ok) pending.resolve(reply.result);
      else pending.reject(new Error(reply.error));
    });
    this.worker.on('error', (error) => {
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
    });
  }

  call(command: WorkerCommand): Promise<WorkerResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, command } satisfies WorkerRequest);
    });
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }
}

interface PoolOptions {
  server: Pick<ServerHandle, 'kind' | 'port' | 'token'>;
  docIds: string[];
  workers: number;
  mode: ClientMode;
  /** Connects in flight at once, per worker. */
  concurrency?: number;
  /** Per client (parallel to docIds): its node's port, when the clients are spread over nodes. */
  ports?: number[];
  /** Per client: its node's index; writes then carry the writer's node in their stamp. */
  nodes?: number[];
}

/** Merges the samples of every worker. */
function mergeSamples(results: WorkerResult[]): Samples {
  const merged: Samples = {
    latenciesUs: [],
    received: 0,
    sentOrExpected: 0,
    sameNodeUs: [],
    otherNodeUs: [],
    lastUs: 0,
  };
  for (const { samples } of results) {
    if (!samples) continue;
    for (const value of samples.latenciesUs) merged.latenciesUs.push(value);
    for (const value of samples.sameNodeUs ?? []) merged.sameNodeUs?.push(value);
    for (const value of samples.otherNodeUs ?? []) merged.otherNodeUs?.push(value);
    merged.received += samples.received;
    merged.sentOrExpected += samples.sentOrExpected;
    merged.lastUs = Math.max(merged.lastUs ?? 0, samples.lastUs ?? 0);
  }
  return merged;
}

/**
 * Clients spread round-robin over worker threads, so receiving and decoding does not queue on one
 * event loop. Client `i` lives in worker `i % workers` at local index `floor(i / workers)`.
 */
export class ClientPool {
  private readonly workers: ClientWorker[];
  /** Each client's node, when the clients are spread over several (see PoolOptions.nodes). */
  private nodes: number[] | undefined;

  private constructor(workerCount: number) {
    this.workers = Array.from({ length: workerCount }, () => new ClientWorker());
  }

  static async connect(options: PoolOptions): Promise<ClientPool> {
    const pool = new ClientPool(options.workers);
    await pool.join(options);
    return pool;
  }

  /** Starts the worker threads and waits until each has loaded its code. */
  static async start(workers: number): Promise<ClientPool> {
    const pool = new ClientPool(workers);
    await pool.broadcast(() => ({ op: 'ready' }));
    return pool;
  }

  /**
   * Connects the clients of `options` (not `workers`: the pool's own count applies) and returns
   * each worker's result (join-storm timings). Closes the pool when any client failed to sync.
   */
  async join(options: Omit<PoolOptions, 'workers'>): Promise<WorkerResult[]> {
    const workers = this.workers.length;
    const mine = <T>(values: T[] | undefined, index: number): T[] | undefined =>
      values?.filter((_value, i) => i % workers === index);
    this.nodes = options.nodes;
    const results = await this.broadcast((index) => ({
      op: 'connect',
      kind: options.server.kind,
      port: options.server.port,
      token: options.server.token,
      docIds: options.docIds.filter((_id, i) => i % workers === index),
      mode: options.mode,
      concurrency: options.concurrency ?? 25,
      ports: mine(options.ports, index),
      nodes: mine(options.nodes, index),
    }));
    const failures = results.flatMap((result) => result.failures ?? []);
    if (failures.length > 0) {
      await this.close();
      throw new Error(`${failures.length} clients failed to sync, first: ${failures[0]}`);
    }
    return results;
  }

  /** Sends one command to every worker (built per worker index) and waits for all replies. */
  broadcast(command: (workerIndex: number) => WorkerCommand): Promise<WorkerResult[]> {
    return Promise.all(this.workers.map((worker, index) => worker.call(command(index))));
  }

  async write(client: number, seq: number, measured: boolean): Promise<void> {
    const worker = this.workers[client % this.workers.length];
    if (!worker) throw new Error('empty pool');
    await worker.call({
      op: 'write',
      client: Math.floor(client / this.workers.length),
      seq,
      measured,
      node: this.nodes?.[client],
    });
  }

  async collect(command: (workerIndex: number) => WorkerCommand): Promise<Samples> {
    return mergeSamples(await this.broadcast(command));
  }

  async close(): Promise<void> {
    await this.broadcast(() => ({ op: 'closeAll' })).catch(() => []);
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
