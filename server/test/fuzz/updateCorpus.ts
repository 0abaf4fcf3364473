import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';

export const CORPUS_FILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'updates.corpus',
);

/** A document with every kind of shared type, and real updates a second client made to it. */
export function corpusSeeds() {
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
export function* mutations(seeds: Uint8Array[], count: number, seed: number) {
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

/** The checked-in corpus: one base64 update per line; `#` lines are comments. */
export function readCorpus(file = CORPUS_FILE): Uint8Array[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => Uint8Array.from(Buffer.from(line, 'base64')));
}
