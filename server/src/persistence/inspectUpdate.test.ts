import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { inspectUpdate } from './inspectUpdate';
import { replayStored } from './stateAt';

/** A document with every kind of shared type, and real updates a second client made to it. */
function corpusSeeds() {
  const base = new Y.Doc();
  base.clientID = 1;
  base.getText('t').insert(0, 'hello world, a base text');
  base.getMap('m').set('a', 1);
  base.getMap('m').set('nested', new Y.Map());
  const p = new Y.XmlElement('p');
  base.getXmlFragment('root').insert(0, [p]);
  p.insert(0, [new Y.XmlText('xt')]);
  base.getArray('arr').insert(0, [1, 'two', { three: 3 }]);
  const baseState = Y.encodeStateAsUpdate(base);
  const seeds: Uint8Array[] = [];
  const c = new Y.Doc();
  c.clientID = 2;
  Y.applyUpdate(c, baseState);
  c.on('update', (u: Uint8Array) => seeds.push(u));
  c.getText('t').insert(5, ' there');
  c.getText('t').delete(0, 2);
  c.getText('t').format(0, 3, { bold: true });
  (c.getMap('m').get('nested') as Y.Map<unknown>).set('k', 'v');
  c.getMap('m').delete('a');
  c.getArray('arr').insert(1, [new Y.Map()]);
  c.getArray('arr').delete(0, 1);
  const el = c.getXmlFragment('root').get(0) as Y.XmlElement;
  el.setAttribute('x', 'y');
  (el.get(0) as Y.XmlText).insert(1, 'zz');
  seeds.push(Y.encodeStateAsUpdate(c, Y.encodeStateVector(base)));
  return { baseState, seeds };
}

/** Seeded mutations (byte flips, inserts, deletes, truncations): the same corpus every run. */
function* mutations(seeds: Uint8Array[], count: number, seed: number) {
  let s = seed;
  const rand = () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
  for (let i = 0; i < count; i++) {
    const bytes = [...(seeds[Math.floor(rand() * seeds.length)] as Uint8Array)];
    for (let k = 1 + Math.floor(rand() * 3); k > 0; k--) {
      const op = rand();
      const at = Math.floor(rand() * bytes.length);
      if (op < 0.5) bytes[at] = Math.floor(rand() * 256);
      else if (op < 0.65) bytes.splice(at, 1);
      else if (op < 0.8) bytes.splice(at, 0, Math.floor(rand() * 256));
      else if (op < 0.9) bytes[at] = rand() < 0.5 ? 0 : 1;
      else bytes.length = at;
    }
    yield Uint8Array.from(bytes);
  }
}

describe('inspectUpdate', () => {
  it('refuses the 11-byte zero-length GC struct', () => {
    const doc = new Y.Doc();
    expect(() => inspectUpdate(doc, new Uint8Array([1, 1, 7, 0, 0, 0, 0]))).toThrow(/empty struct/);
  });

  it('lets no mutated update through that throws in Yjs or leaves an unloadable state', () => {
    const { baseState, seeds } = corpusSeeds();
    const tally = { refused: 0, applied: 0, wouldHaveThrown: 0 };
    for (const update of mutations(seeds, 4_000, 7)) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, baseState);
      let passed = true;
      try {
        inspectUpdate(doc, update);
      } catch {
        passed = false;
        tally.refused++;
      }
      if (!passed) {
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
    // The corpus is hostile enough to matter, and inspection does not refuse everything.
    expect(tally.wouldHaveThrown).toBeGreaterThan(500);
    expect(tally.applied).toBeGreaterThan(300);
  });
});
