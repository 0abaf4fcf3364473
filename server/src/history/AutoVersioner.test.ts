import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger';
import { AutoVersioner, MAX_AUTO_VERSIONS_AT_ONCE } from './AutoVersioner';

const log = createLogger('silent', false);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A `make` that takes `ms` per version and records how many ran at once, and in what order. */
function recorder(ms: number) {
  let running = 0;
  const seen = { most: 0, made: [] as string[] };
  const make = async (docId: string): Promise<void> => {
    running++;
    seen.most = Math.max(seen.most, running);
    await sleep(ms);
    running--;
    seen.made.push(docId);
  };
  return { seen, make };
}

describe('AutoVersioner', () => {
  it('makes the versions of many documents whose bursts end together a few at a time', async () => {
    const { seen, make } = recorder(5);
    const auto = new AutoVersioner({ autoIdleMs: 10, autoMaxIntervalMs: 60_000 }, log, make);
    const docs = Array.from({ length: 40 }, (_v, i) => `doc-${i}`);
    for (const docId of docs) auto.noteUpdate(docId, 1);
    await sleep(30);
    // Bursts have ended: every version is due; the shutdown flush waits for the last one.
    await auto.flush();
    expect(seen.made.sort()).toEqual([...docs].sort());
    expect(seen.most).toBe(MAX_AUTO_VERSIONS_AT_ONCE);
  });

  it('makes a waiting document’s version ahead of its turn before a restore', async () => {
    const { seen, make } = recorder(20);
    const auto = new AutoVersioner({ autoIdleMs: 5, autoMaxIntervalMs: 60_000 }, log, make);
    for (let i = 0; i < 10; i++) auto.noteUpdate(`doc-${i}`, 1);
    await sleep(15);
    await auto.flushDoc('doc-9');
    // Its version is made, without waiting for the eight queued before it.
    expect(seen.made).toContain('doc-9');
    expect(seen.made.length).toBeLessThan(10);
    await auto.stop();
    expect(seen.made).toHaveLength(10);
  });
});
