import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { inspectUpdate } from '../../src/persistence/inspectUpdate';
import { replayStored } from '../../src/persistence/stateAt';
import { corpusSeeds, mutations, readCorpus } from './updateCorpus';

/**
 * Inspection is the only thing between a client's bytes and Yjs. Every update here either is
 * refused by it, or applies and leaves a state that encodes and loads again.
 */
function check(baseState: Uint8Array, updates: Iterable<Uint8Array>) {
  const tally = { refused: 0, applied: 0, wouldHaveThrown: 0 };
  for (const update of updates) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, baseState);
    try {
      inspectUpdate(doc, update);
    } catch {
      tally.refused++;
      // What the refusal protects against: would Yjs itself have thrown half-way?
      try {
        Y.parseUpdateMeta(update);
        Y.applyUpdate(doc, update);
      } catch {
        tally.wouldHaveThrown++;
      }
      continue;
    }
    Y.applyUpdate(doc, update);
    tally.applied++;
    const state = Y.encodeStateAsUpdate(doc);
    const reloaded = replayStored({
      checkpoint: null,
      updates: [state],
      updateSeqs: [1],
      lastSeq: 1,
    });
    expect(reloaded?.problems).toEqual([]);
    expect(Y.encodeStateVector(reloaded?.doc as Y.Doc)).toEqual(Y.encodeStateVector(doc));
  }
  return tally;
}

describe('inspectUpdate against mutated updates', () => {
  it('the checked-in corpus: none that passes inspection throws or leaves an unloadable state', () => {
    const corpus = readCorpus();
    expect(corpus.length).toBeGreaterThan(2_000);
    const tally = check(corpusSeeds().baseState, corpus);
    // The corpus is hostile enough to matter, and inspection does not refuse everything.
    expect(tally.wouldHaveThrown).toBeGreaterThan(1_000);
    expect(tally.applied).toBeGreaterThan(500);
  });

  it('a fresh seeded run of 4,000 mutations holds the same way', () => {
    const { baseState, seeds } = corpusSeeds();
    const tally = check(baseState, mutations(seeds, 4_000, Date.now() % 100_000));
    expect(tally.refused + tally.applied).toBe(4_000);
  });
});
