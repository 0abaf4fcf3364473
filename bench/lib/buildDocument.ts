import * as Y from 'yjs';
import { BenchClient, TEXT_NAME } from './BenchClient';
import { prng } from './prng';
import type { ServerHandle } from './servers';
import { waitFor } from './time';

const WRITERS = 4;
/** Transactions each writer makes before all wait to have each other's (backpressure). */
const ROUND = 40;
const WORDS = (
  'the committee reviewed each unit outcome and its assessment against the standard while ' +
  'teachers noted evidence of learning in every strand term week lesson inquiry reading ' +
  'writing number geometry science history project feedback rubric criteria moderation'
).split(' ');

function paragraph(random: () => number): string {
  const words: string[] = [];
  const length = 200 + Math.floor(random() * 1_000);
  for (let size = 0; size < length; ) {
    const word = WORDS[Math.floor(random() * WORDS.length)] ?? 'unit';
    words.push(word);
    size += word.length + 1;
  }
  return `${words.join(' ')}.\n`;
}

/**
 * One writer's transaction, like people drafting a long document: mostly a new paragraph at the
 * end, sometimes one inserted between others, sometimes a small correction (a few characters
 * deleted and a word typed in their place). Every transaction is one update on the wire.
 */
function edit(text: Y.Text, random: () => number): void {
  const roll = random();
  const at = Math.floor(random() * (text.length + 1));
  if (roll < 0.7) text.insert(text.length, paragraph(random));
  else if (roll < 0.9) text.insert(at, paragraph(random));
  else {
    text.doc?.transact(() => {
      const cut = Math.min(text.length - at, 1 + Math.floor(random() * 30));
      if (cut > 0) text.delete(at, cut);
      text.insert(at, `${WORDS[Math.floor(random() * WORDS.length)] ?? 'unit'} `);
    });
  }
}

export interface BuiltDocument {
  /** A writer left connected, so the document stays loaded in the server. */
  holder: BenchClient;
  /** Text length every client must sync. */
  length: number;
  /** Y.encodeStateAsUpdate of the whole document. */
  encodedBytes: number;
  updates: number;
}

/**
 * Builds a document of about `targetBytes` encoded state through the server: WRITERS real Yjs
 * clients (they apply each other's updates) edit in rounds of ROUND transactions each and wait
 * until all have converged before the next round, so the build goes at the server's pace.
 */
export async function buildDocument(
  server: ServerHandle,
  docId: string,
  targetBytes: number,
): Promise<BuiltDocument> {
  const { kind, port, token } = server;
  const writers = Array.from(
    { length: WRITERS },
    () => new BenchClient({ kind, port, token, docId, timeoutMs: 120_000 }),
  );
  await Promise.all(writers.map((writer) => writer.connect()));
  const randoms = writers.map((_writer, i) => prng(4242 + i));
  const converged = (): boolean =>
    writers.every((from) => {
      const clock = Y.getState(from.doc.store, from.doc.clientID);
      return writers.every((to) => Y.getState(to.doc.store, from.doc.clientID) === clock);
    });
  const first = writers[0];
  if (!first) throw new Error('no writers');
  let updates = 0;
  let encodedBytes = 0;
  // Bounded: a round adds ~100 KB, so 400 rounds are far past any target used here.
  for (let round = 0; round < 400 && encodedBytes < targetBytes; round++) {
    writers.forEach((writer, i) => {
      const text = writer.doc.getText(TEXT_NAME);
      for (let n = 0; n < ROUND; n++) edit(text, randoms[i] ?? Math.random);
    });
    updates += WRITERS * ROUND;
    if (!(await waitFor(converged, 120_000, 5))) throw new Error('document build stalled');
    encodedBytes = Y.encodeStateAsUpdate(first.doc).byteLength;
  }
  for (const writer of writers.slice(1)) writer.close();
  return { holder: first, length: first.doc.getText(TEXT_NAME).length, encodedBytes, updates };
}
