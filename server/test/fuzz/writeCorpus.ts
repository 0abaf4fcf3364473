/**
 * Regenerates updates.corpus: `npx tsx test/fuzz/writeCorpus.ts` from server/. Keeps, from
 * 30,000 seeded mutations, those that pass inspection and those that would have thrown inside
 * Yjs (the cases inspection exists for), plus the frames the sync hardening issue reported.
 */
import fs from 'node:fs';
import * as Y from 'yjs';
import { inspectUpdate } from '../../src/persistence/inspectUpdate';
import { CORPUS_FILE, corpusSeeds, mutations } from './updateCorpus';

const { baseState, seeds } = corpusSeeds();
const passing: Uint8Array[] = [];
const throwing: Uint8Array[] = [];
for (const update of mutations(seeds, 30_000, 20_261_206)) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, baseState);
  try {
    inspectUpdate(doc, update);
    passing.push(update);
  } catch {
    try {
      Y.applyUpdate(doc, update);
    } catch {
      throwing.push(update);
    }
  }
}
const reported = [
  // The 11-byte frame's update: one zero-length GC struct.
  new Uint8Array([1, 1, 7, 0, 0, 0, 0]),
  // A struct whose origin is its own future.
  new Uint8Array([1, 1, 9, 0, 0x84, 9, 5, 1, 0x78, 0]),
];
const lines = [
  '# Mutated Yjs v1 updates against test/fuzz/updateCorpus.ts corpusSeeds(); base64, one per line.',
  `# ${passing.length.toLocaleString('en')} pass inspection, ${Math.min(throwing.length, 2_000).toLocaleString('en')} would throw inside Yjs. Regenerate: npx tsx test/fuzz/writeCorpus.ts`,
  ...[...reported, ...passing, ...throwing.slice(0, 2_000)].map((u) =>
    Buffer.from(u).toString('base64'),
  ),
];
fs.writeFileSync(CORPUS_FILE, `${lines.join('\n')}\n`);
console.log(`${lines.length - 2} updates written to ${CORPUS_FILE}`);
