import os from 'node:os';
import { ErrorCode } from '@tandem/protocol';
import { Piscina } from 'piscina';
import { AppError } from '../errors';
import type { RenderJob } from './renderWorker';

export interface RenderPoolOptions {
  /** Worker threads at most; default: one core left to the event loop, at least 1, at most 4. */
  threads?: number;
  /** Files waiting for a thread at most; beyond it an export is refused with 503. */
  maxQueue?: number;
}

/**
 * Lays out Word and PDF files in worker threads, so a 2-second PDF never stalls the sync of
 * every open document. The queue is bounded: a burst of exports beyond it is answered with 503
 * `EXPORT_BUSY` (and Retry-After) at once rather than piling up memory and latency. Idle threads
 * exit after a minute; the first export after that pays the worker's start (a few hundred ms).
 */
export class RenderPool {
  private readonly pool: Piscina;

  constructor(options: RenderPoolOptions = {}) {
    const threads = options.threads ?? Math.max(1, Math.min(4, os.availableParallelism() - 1));
    this.pool = new Piscina({
      filename: workerUrl(),
      minThreads: 0,
      maxThreads: threads,
      maxQueue: options.maxQueue ?? threads * 4,
      idleTimeout: 60_000,
    });
  }

  async render(job: RenderJob): Promise<Buffer> {
    if (this.pool.queueSize >= this.pool.options.maxQueue)
      throw new AppError(
        ErrorCode.EXPORT_BUSY,
        503,
        'too many files are being prepared right now; try again in a moment',
        5,
      );
    const bytes = (await this.pool.run(job)) as Uint8Array;
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}

/** The bundled worker beside the compiled server, or the TypeScript source's bootstrap. */
function workerUrl(): string {
  const here = import.meta.url;
  return here.endsWith('.ts')
    ? new URL('./renderWorker.source.mjs', here).href
    : new URL('./renderWorker.js', here).href;
}
