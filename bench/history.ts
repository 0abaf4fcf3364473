/**
 * Revision history at scale: opening a version and diffing two versions of a document with
 * 50,000 logged updates, first with the log alone, then after compaction (a checkpoint every
 * 500 updates, as TANDEM_CHECKPOINT_EVERY does). Usage (from the repo root):
 *   cd bench && node --import tsx history.ts [--updates 50000] [--compacted-only]
 * Prints one line per measurement: the median of several runs, in milliseconds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
// The history modules themselves, not history/index.ts, which also pulls in the HTTP routes.
import { attributeText } from '../server/src/history/attribution';
import { ClientIndex } from '../server/src/history/ClientIndex';
import { compareRange } from '../server/src/history/compare';
import { hashDoc, readContent } from '../server/src/history/docContent';
import { openDatabase, SqliteDocumentStore, stateAt } from '../server/src/persistence';

const { values } = parseArgs({
  options: {
    updates: { type: 'string', default: '50000' },
    'compacted-only': { type: 'boolean', default: false },
  },
});
const UPDATES = Number(values.updates);
const CHECKPOINT_EVERY = 500;
const RUNS = 5;

/** Two authors typing into Lexical-shaped rich text (paragraphs of words) and editing cells. */
function* edits(doc: Y.Doc): Generator<void> {
  const root = doc.get('root', Y.XmlText) as Y.XmlText;
  const units = doc.getMap<unknown>('units');
  let para = new Y.XmlText();
  root.insertEmbed(0, para);
  for (let i = 0; ; i++) {
    if (i % 400 === 399) {
      para = new Y.XmlText();
      root.insertEmbed(root.length, para);
    } else if (i % 10 === 9) {
      units.set(`u${i % 50}`, { hoursPractice: i % 64, task: `task ${i}` });
    } else if (i % 7 === 6 && para.length > 4) {
      para.delete(Math.floor(para.length / 2), 2);
    } else {
      para.insert(para.length, i % 5 === 4 ? ' ' : String.fromCharCode(97 + (i % 26)));
    }
    yield;
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

async function time(label: string, fn: () => Promise<unknown>): Promise<number> {
  const runs: number[] = [];
  const start = performance.now();
  // Slow cases (the log without checkpoints) are run fewer times; their order of magnitude is the point.
  for (let i = 0; i < RUNS && (i === 0 || performance.now() - start < 5_000); i++) {
    const t0 = performance.now();
    await fn();
    runs.push(performance.now() - t0);
  }
  const ms = median(runs);
  console.log(`${label.padEnd(58)} ${ms.toFixed(1).padStart(8)} ms`);
  return ms;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-history-bench-'));
  const db = openDatabase(dir);
  const store = new SqliteDocumentStore({ db });
  const versions = new ClientIndex(store, store.historyStores().versions);
  const docId = 'bench-history-doc';
  await store.createDocument({ id: docId, type: 'course-standard', title: 'bench' });

  const authors = [new Y.Doc(), new Y.Doc()];
  const checkpoints: { seq: number; state: Uint8Array }[] = [];
  const gen = authors.map((d) => edits(d));
  const t0 = performance.now();
  for (let seq = 1; seq <= UPDATES; seq++) {
    const who = Math.floor(seq / 50) % 2;
    const doc = authors[who] as Y.Doc;
    const other = authors[1 - who] as Y.Doc;
    // A step may make more than one transaction (the first also creates its paragraph).
    const made: Uint8Array[] = [];
    const grab = (u: Uint8Array) => made.push(u);
    doc.on('update', grab);
    gen[who]?.next();
    doc.off('update', grab);
    if (made.length === 0) continue;
    const update = made.length === 1 ? (made[0] as Uint8Array) : Y.mergeUpdates(made);
    Y.applyUpdate(other, update);
    const clientIds = [doc.clientID];
    const stored = await store.appendUpdate(docId, update, {
      connId: `c${who}`,
      userId: `user-${who}`,
      clientIds,
    });
    if (stored % CHECKPOINT_EVERY === 0) {
      checkpoints.push({ seq: stored, state: Y.encodeStateAsUpdate(doc) });
    }
  }
  const last = await store.lastSeq(docId);
  console.log(
    `history bench: ${last} updates logged in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  // History indexes the log (client ids, deletions) incrementally, at each version; a database
  // from before the deletion index pays this once for its whole log on its first history read.
  const i0 = performance.now();
  await versions.clientUsers(docId);
  console.log(
    `${'index the whole log once (client ids, deletions)'.padEnd(58)} ${(performance.now() - i0).toFixed(1).padStart(8)} ms`,
  );
  // Version points on checkpoint boundaries, so the "versions only" phase can checkpoint them.
  const mid = Math.floor(last / 2 / CHECKPOINT_EVERY) * CHECKPOINT_EVERY;
  const recent = Math.floor((last - 1000) / CHECKPOINT_EVERY) * CHECKPOINT_EVERY;

  const suite = async (phase: string) => {
    console.log(`-- ${phase}`);
    await time(`open the newest version (state + content)`, async () => {
      const doc = await stateAt(store, docId, last);
      readContent(doc);
      doc.destroy();
    });
    await time(`open a version halfway (seq ${mid})`, async () => {
      const doc = await stateAt(store, docId, mid);
      readContent(doc);
      doc.destroy();
    });
    await time('state hash of a version (sign-off, verify)', async () => {
      const doc = await stateAt(store, docId, mid);
      hashDoc(doc);
      doc.destroy();
    });
    await time(`diff: last ${last - recent} updates`, () =>
      compareRange(store, versions, docId, recent, last),
    );
    await time(`diff: halfway → newest (${last - mid} updates)`, () =>
      compareRange(store, versions, docId, mid, last),
    );
    await time('attribution of the current text', async () => {
      const doc = await stateAt(store, docId, last);
      attributeText(doc, await versions.clientUsers(docId), () => 'school');
      doc.destroy();
    });
  };

  if (!values['compacted-only']) await suite('log only (no checkpoints at all)');
  // What every version gets (H1): a checkpoint at its own seq, even if the compactor never ran.
  for (const c of checkpoints) {
    if (c.seq === mid || c.seq === recent) await store.writeCheckpoint(docId, c.seq, c.state);
  }
  if (!values['compacted-only'])
    await suite('versions only (a checkpoint at each compared version)');
  for (const c of checkpoints) await store.writeCheckpoint(docId, c.seq, c.state);
  await suite(`after compaction (${checkpoints.length} checkpoints, one per ${CHECKPOINT_EVERY})`);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

await main();
