import { performance } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Logger } from '../logger';

/** How often the event loop's load is sampled. */
const SAMPLE_MS = 500;
/** A sample with less of its time busy than this (not counting our own steps) is quiet. */
const QUIET_UTILIZATION = 0.01;
/** Quiet samples in a row before a step: a second with next to nothing to do. */
const QUIET_SAMPLES = 2;
/** A step that hands back less than this ends the episode: what is left is in use. */
const STEP_MIN_BYTES = 1024 * 1024;
/** Steps in one episode at most, whatever each hands back. */
const MAX_STEPS = 16;
/**
 * After an episode that handed back less than half of the growth that started it (the heap was
 * in use: a thousand documents still open), the next one waits this long, doubling each time.
 */
const FIRST_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 10 * 60_000;
/**
 * Above this much heap in use no episode starts: each step marks the whole heap (~1 ms per MiB
 * in use, measured), and past ~100 ms a pause is felt by whoever sends the next frame.
 */
const MAX_USED_BYTES = 128 * 1024 * 1024;

const MIB = 1024 * 1024;

/** One run of steps: how many, the heap before it, the time they took and the longest. */
interface Episode {
  steps: number;
  before: number;
  ms: number;
  longest: number;
}

export interface QuietCollectorOptions {
  /** Heap growth since the last episode that makes a quiet moment worth one; 0: off. */
  growthBytes: number;
  log: Logger;
  /** Tests sample faster. */
  sampleMs?: number;
}

/**
 * Hands the memory of a burst back to the OS once the server goes quiet.
 *
 * A burst (a committee opening a thousand documents, a hundred people joining at once) grows
 * V8's heap, and V8 keeps the pages after the burst's objects are dead. Its memory reducer,
 * which would compact them away, was never seen to run in an idle server (it starts on a low
 * allocation rate, which it seems to judge only at collections, and an idle server makes
 * none): RSS stayed 22-25 MiB above where it started for as long as it was watched
 * (bench/README.md).
 *
 * Here, when the event loop has been quiet for a second and the heap has grown by
 * `growthBytes` since the last episode, one full collection runs in V8's memory-saving mode
 * (`--optimize-for-size`, set only for that collection): it evacuates the emptiest pages, up
 * to a few MiB of live objects, and returns them. Such steps go on, one per quiet sample, while
 * each hands back at least a MiB. One step is ~40-80 ms at 30-40 MiB of heap; a collection
 * that compacts everything at once returned as much in one 170-190 ms pause.
 */
export class QuietCollector {
  private readonly growthBytes: number;
  private readonly log: Logger;
  private readonly sampleMs: number;
  private timer: NodeJS.Timeout | null = null;
  private loop = performance.eventLoopUtilization();
  private quietSamples = 0;
  /** Heap size at start, after the last episode that handed back, or lower; growth counts from here. */
  private baseline = 0;
  /** No episode starts before this time (performance.now()); see FIRST_BACKOFF_MS. */
  private retryAt = 0;
  private backoffMs = FIRST_BACKOFF_MS;
  private episode: Episode | null = null;
  /** Time our own steps kept the loop busy since the last sample. */
  private ownMs = 0;
  private gc: (() => void) | null = null;
  /** Steps run so far (tests). */
  steps = 0;

  constructor(options: QuietCollectorOptions) {
    this.growthBytes = options.growthBytes;
    this.log = options.log;
    this.sampleMs = options.sampleMs ?? SAMPLE_MS;
  }

  start(): void {
    if (this.timer || this.growthBytes <= 0) return;
    this.baseline = v8.getHeapStatistics().total_heap_size;
    this.loop = performance.eventLoopUtilization();
    this.timer = setInterval(this.sample, this.sampleMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private readonly sample = (): void => {
    if (!this.loopWasQuiet()) {
      this.quietSamples = 0;
      return;
    }
    if (++this.quietSamples < QUIET_SAMPLES) return;
    const heap = v8.getHeapStatistics();
    if (!this.episode) {
      // V8 may shrink the heap itself; growth counts from the lowest point since.
      this.baseline = Math.min(this.baseline, heap.total_heap_size);
      if (heap.total_heap_size - this.baseline < this.growthBytes) return;
      if (performance.now() < this.retryAt) return;
      if (heap.used_heap_size > MAX_USED_BYTES) {
        // Too large to stop for; V8 collects it its own way. Looked at again after more growth.
        this.baseline = heap.total_heap_size;
        return;
      }
      this.episode = { steps: 0, before: heap.total_heap_size, ms: 0, longest: 0 };
    }
    const after = this.step(this.episode);
    if (heap.total_heap_size - after < STEP_MIN_BYTES || this.episode.steps >= MAX_STEPS) {
      this.finish(this.episode, after);
    }
  };

  /** Whether the loop was busy less than QUIET_UTILIZATION of the last sample, our steps aside. */
  private loopWasQuiet(): boolean {
    const now = performance.eventLoopUtilization();
    const { active, idle } = performance.eventLoopUtilization(now, this.loop);
    this.loop = now;
    const others = Math.max(0, active - this.ownMs);
    this.ownMs = 0;
    return others < QUIET_UTILIZATION * (active + idle);
  }

  /** One full collection in memory-saving mode; the heap's size after it. */
  private step(episode: Episode): number {
    const collect = this.collector();
    const started = performance.now();
    v8.setFlagsFromString('--optimize-for-size');
    try {
      collect();
    } finally {
      v8.setFlagsFromString('--no-optimize-for-size');
    }
    const ms = performance.now() - started;
    this.ownMs += ms;
    episode.steps++;
    episode.ms += ms;
    episode.longest = Math.max(episode.longest, ms);
    this.steps++;
    return v8.getHeapStatistics().total_heap_size;
  }

  private finish(episode: Episode, after: number): void {
    this.episode = null;
    if (episode.before - after >= this.growthBytes / 2) {
      this.baseline = after;
      this.backoffMs = FIRST_BACKOFF_MS;
    } else {
      this.retryAt = performance.now() + this.backoffMs;
      this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
    }
    this.log.info(
      {
        heapBeforeMiB: Math.round(episode.before / MIB),
        heapAfterMiB: Math.round(after / MIB),
        steps: episode.steps,
        ms: Math.round(episode.ms),
        longestMs: Math.round(episode.longest),
      },
      'quiet: handed the heap back',
    );
  }

  /**
   * V8's `gc`, without exposing it to every module: a context created while `--expose-gc` is
   * on gets it (`globalThis.gc` when the process was started with the flag).
   */
  private collector(): () => void {
    if (this.gc) return this.gc;
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (exposed) {
      this.gc = exposed;
      return exposed;
    }
    v8.setFlagsFromString('--expose-gc');
    try {
      this.gc = runInNewContext('gc') as () => void;
    } finally {
      v8.setFlagsFromString('--no-expose-gc');
    }
    return this.gc;
  }
}
