import * as Y from 'yjs';
import { StoreError } from '../errors';
import type { DocumentStore, StoredState } from './DocumentStore';
import { inspectUpdate } from './inspectUpdate';

/** Logged updates applied per Yjs transaction while replaying: one transaction for a long tail
 * holds every change event of it at once (35,907 updates took over 4 GB). */
export const REPLAY_CHUNK = 256;

/** A stored checkpoint or update that could not be applied, and was left out. */
export interface ReplayProblem {
  kind: 'checkpoint' | 'update';
  seq: number;
  reason: string;
}

export interface Replayed {
  doc: Y.Doc;
  /** The seq of the newest logged update the state includes. */
  lastSeq: number;
  /** How many logged updates were replayed on top of the checkpoint. */
  tail: number;
  /** Empty when everything stored loaded; otherwise what was quarantined, by seq. */
  problems: ReplayProblem[];
}

/**
 * Rebuilds a document from a checkpoint and the logged updates after it, in bounded
 * transactions. Every stored update is inspected like a client's before it is applied, so a
 * poisoned row is left out (reported by seq) instead of making the whole document unloadable.
 * Returns null when the checkpoint itself is unusable; `loadDocument` then falls back to an
 * older one.
 */
export function replayStored(stored: StoredState): Replayed | null {
  const excluded = new Set<number>();
  // An update that passes inspection but still throws leaves the doc half-changed: start over
  // without it. Each round excludes one more seq, so this ends.
  for (;;) {
    const doc = new Y.Doc();
    const problems: ReplayProblem[] = [];
    if (stored.checkpoint && !applyWhole(doc, stored.checkpoint.state)) {
      doc.destroy();
      return null;
    }
    const failed = applyTail(doc, stored, excluded, problems);
    if (failed === null) {
      return { doc, lastSeq: stored.lastSeq, tail: stored.updates.length, problems };
    }
    doc.destroy();
    excluded.add(failed);
  }
}

/** Applies the tail in chunks; returns the seq of an update that threw, or null. */
function applyTail(
  doc: Y.Doc,
  stored: StoredState,
  excluded: ReadonlySet<number>,
  problems: ReplayProblem[],
): number | null {
  const { updates, updateSeqs } = stored;
  for (let start = 0; start < updates.length; start += REPLAY_CHUNK) {
    let thrown: number | null = null;
    doc.transact(() => {
      const end = Math.min(start + REPLAY_CHUNK, updates.length);
      for (let i = start; i < end && thrown === null; i++) {
        const seq = updateSeqs[i] ?? -1;
        const update = updates[i] as Uint8Array;
        const reason = excluded.has(seq) ? 'threw while applying' : rejection(doc, update);
        if (reason) {
          problems.push({ kind: 'update', seq, reason });
          continue;
        }
        try {
          Y.applyUpdate(doc, update);
        } catch {
          thrown = seq;
        }
      }
    });
    if (thrown !== null) return thrown;
  }
  return null;
}

function applyWhole(doc: Y.Doc, state: Uint8Array): boolean {
  if (rejection(doc, state)) return false;
  try {
    Y.applyUpdate(doc, state);
    return true;
  } catch {
    return false;
  }
}

function rejection(doc: Y.Doc, update: Uint8Array): string | null {
  try {
    inspectUpdate(doc, update);
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/**
 * Loads a document as of logged update `atSeq` (the newest when omitted). When the newest
 * checkpoint cannot be used, the one before it is tried with the longer tail, down to the
 * empty document and the whole log: the result is the last good state plus every update that
 * still replays, with the rest listed in `problems`.
 */
export async function loadDocument(
  store: DocumentStore,
  docId: string,
  atSeq?: number,
): Promise<Replayed> {
  const stored = await store.loadState(docId, atSeq);
  const replayed = replayStored(stored);
  if (replayed) return replayed;
  const problems: ReplayProblem[] = [];
  let bad = stored.checkpoint;
  while (bad) {
    problems.push({ kind: 'checkpoint', seq: bad.seq, reason: 'checkpoint does not load' });
    const older = bad.seq > 1 ? await store.latestCheckpoint(docId, bad.seq - 1) : null;
    const tail = await store.readUpdates(docId, older?.seq ?? 0, atSeq);
    const attempt = replayStored({
      checkpoint: older,
      updates: tail.map((u) => u.update),
      updateSeqs: tail.map((u) => u.seq),
      lastSeq: stored.lastSeq,
    });
    if (attempt) return { ...attempt, problems: [...problems, ...attempt.problems] };
    bad = older;
  }
  // Unreachable: with no checkpoint the replay cannot fail.
  throw new Error(`document ${docId} could not be replayed`);
}

/**
 * The document as it was right after logged update `seq`: the newest checkpoint at or before
 * it, plus the logged updates up to it, read at one instant. Works the same before and after
 * compaction; after a merge of old history (H15) a seq whose update was merged away shows the
 * newest kept point before it.
 */
export async function stateAt(store: DocumentStore, docId: string, seq: number): Promise<Y.Doc> {
  return (await loadDocument(store, docId, seq)).doc;
}

/**
 * The document's state as one update, checked to load back into the same document before
 * anyone stores it: a checkpoint that does not reload would hide every update before it.
 */
export function encodeVerifiedState(doc: Y.Doc): Uint8Array {
  const state = Y.encodeStateAsUpdate(doc);
  const copy = new Y.Doc();
  try {
    if (!applyWhole(copy, state) || !Y.equalSnapshots(Y.snapshot(copy), Y.snapshot(doc))) {
      throw new StoreError('the encoded state does not load back into the same document');
    }
    return state;
  } finally {
    copy.destroy();
  }
}
