import * as v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { QuietCollector } from './QuietCollector';

const MIB = 1024 * 1024;
const SAMPLE_MS = 50;

const heapTotal = () => v8.getHeapStatistics().total_heap_size;

/** A plain full collection, V8's default kind: it frees the dead but keeps half-empty pages. */
const plainGc = (() => {
  v8.setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Grows the heap by about `mib` MiB of small objects. Those not kept die young and leave the
 * old generation as compact as before; `fragment` keeps them all until they have moved to the
 * old generation, then lets every other one go, leaving its pages half empty (as a thousand
 * sockets that closed leave them).
 */
function burst(mib: number, keep: 'none' | 'fragment' | 'all' = 'none'): (object | null)[] {
  const made: (object | null)[] = [];
  // ~80 bytes an object with its string and slot.
  for (let i = 0; i < (mib * MIB) / 80; i++) made.push({ i, s: `row-${i}` });
  if (keep === 'none') return [];
  if (keep === 'fragment') for (let i = 0; i < made.length; i += 2) made[i] = null;
  return made;
}

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const deadline = performance.now() + ms;
  while (performance.now() < deadline) {
    if (check()) return true;
    await sleep(SAMPLE_MS);
  }
  return check();
}

describe('QuietCollector', () => {
  let collector: QuietCollector | null = null;
  const lines: string[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });

  afterEach(() => {
    collector?.stop();
    collector = null;
    lines.length = 0;
  });

  it('after an episode that finds the heap in use, waits before the next one', async () => {
    collector = new QuietCollector({ growthBytes: 8 * MIB, log, sampleMs: SAMPLE_MS });
    collector.start();
    // Every object kept: the growth is live, nothing to hand back.
    const live = burst(30, 'all');
    const c = collector;
    expect(await until(() => lines.length > 0, 10_000)).toBe(true);
    // First in the file, so no garbage of another test is there to be handed back.
    const episode = JSON.parse(lines[0] ?? '{}');
    expect(episode.heapBeforeMiB - episode.heapAfterMiB).toBeLessThan(4);
    const steps = c.steps;
    // Quiet, and the heap still above the growth that started the episode: no new one yet.
    await sleep(20 * SAMPLE_MS);
    expect(c.steps).toBe(steps);
    expect(lines).toHaveLength(1);
    expect(live.length).toBeGreaterThan(0);
  });

  it('hands a burst’s heap back once the loop has been quiet', async () => {
    // The earlier test's garbage gone first, so the growth below is this test's alone.
    plainGc();
    collector = new QuietCollector({ growthBytes: 8 * MIB, log, sampleMs: SAMPLE_MS });
    collector.start();
    const kept = burst(60, 'fragment');
    // What the heap is once V8's own kind of collection has run: the dead half freed, its pages
    // kept. How much a burst leaves depends on when V8's background marking ran (it ran later on
    // a loaded machine, and the heap read straight after the burst was then smaller): measured
    // after a plain collection, it is the same however loaded the machine is.
    plainGc();
    const peak = heapTotal();
    const c = collector;
    expect(await until(() => lines.length > 0, 10_000)).toBe(true);
    expect(c.steps).toBeGreaterThan(0);
    expect(await until(() => heapTotal() < peak - 8 * MIB, 5_000)).toBe(true);
    expect(kept.length).toBeGreaterThan(0);
    const episode = JSON.parse(lines[0] ?? '{}');
    expect(episode.msg).toBe('quiet: handed the heap back');
    expect(episode.heapAfterMiB).toBeLessThan(episode.heapBeforeMiB);
  });

  it('does not stop a busy loop, and collects when it goes quiet', async () => {
    plainGc();
    collector = new QuietCollector({ growthBytes: 8 * MIB, log, sampleMs: SAMPLE_MS });
    collector.start();
    // Grown for certain: young garbage alone may or may not grow the heap by 8 MiB.
    burst(60, 'fragment');
    // Busy a quarter of the time: 5 ms of work every 20 ms.
    const busy = setInterval(() => {
      const until = performance.now() + 5;
      while (performance.now() < until);
    }, 20);
    try {
      await sleep(20 * SAMPLE_MS);
      expect(collector.steps).toBe(0);
    } finally {
      clearInterval(busy);
    }
    const c = collector;
    expect(await until(() => c.steps > 0, 10_000)).toBe(true);
  });

  it('is off with a growth of 0', async () => {
    collector = new QuietCollector({ growthBytes: 0, log, sampleMs: SAMPLE_MS });
    collector.start();
    burst(60);
    await sleep(20 * SAMPLE_MS);
    expect(collector.steps).toBe(0);
  });
});
