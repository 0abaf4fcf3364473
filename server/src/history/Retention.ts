import * as Y from 'yjs';
import type { Logger } from '../logger';
import { type DocumentStore, stateAt } from '../persistence';
import type { ClientIndex } from './ClientIndex';
import type { VersionStore } from './VersionStore';

export interface RetentionOptions {
  /** Logged updates older than this are merged (H15); 0 keeps every update forever. */
  mergeAfterMs: number;
  /** Merged history keeps one point per period of this length, plus every version. */
  bucketMs: number;
  /** The first pass runs this long after start, then one every `intervalMs`. */
  startDelayMs: number;
  intervalMs: number;
  /** The clock; tests move it. */
  now: () => number;
}

export const DEFAULT_RETENTION_TIMING = {
  startDelayMs: 60_000,
  intervalMs: 6 * 3_600_000,
  now: Date.now,
} satisfies Partial<RetentionOptions>;

export interface RetentionDeps {
  store: DocumentStore;
  versions: VersionStore;
  /** Filled from the rows before they go (H8). */
  clients: ClientIndex;
  log: Logger;
  /** A seq an automatic version is still to be made at; the merge stops short of it. */
  pendingSeq: (docId: string) => number | undefined;
  options: RetentionOptions;
}

export interface RetentionStats {
  documentsMerged: number;
  updatesDeleted: number;
  checkpointsDeleted: number;
  checkpointsWritten: number;
  failures: number;
}

const emptyStats = (): RetentionStats => ({
  documentsMerged: 0,
  updatesDeleted: 0,
  checkpointsDeleted: 0,
  checkpointsWritten: 0,
  failures: 0,
});

/**
 * H15: merges logged updates older than `mergeAfterMs` into coarser checkpoints. Per document
 * it keeps the last update of every `bucketMs` period and the seq of every version (so named,
 * session, restore, signed and automatic versions all rebuild exactly as before), makes sure
 * each kept point has a checkpoint, fills the client-id table (H8), and then lets the store
 * remove the rest of the merged range in one transaction. Off by default.
 */
export class Retention {
  private readonly totals = emptyStats();
  private running: Promise<RetentionStats> | null = null;
  private timers: NodeJS.Timeout[] = [];
  private stopped = false;

  constructor(private readonly deps: RetentionDeps) {}

  get enabled(): boolean {
    return this.deps.options.mergeAfterMs > 0;
  }

  /** Schedules the passes; does nothing when merging is off. */
  start(): void {
    const { mergeAfterMs, bucketMs, startDelayMs, intervalMs } = this.deps.options;
    if (!this.enabled) {
      this.deps.log.debug('history is kept forever (TANDEM_HISTORY_MERGE_AFTER_DAYS=0)');
      return;
    }
    this.deps.log.info({ mergeAfterMs, bucketMs }, 'old history will be merged into checkpoints');
    const first = setTimeout(() => {
      void this.tick();
      const every = setInterval(() => void this.tick(), intervalMs);
      every.unref();
      this.timers.push(every);
    }, startDelayMs);
    first.unref();
    this.timers.push(first);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
    // A failed pass was counted and logged by tick; stopping only waits for it to end.
    await this.running?.catch(() => undefined);
  }

  getStats(): RetentionStats {
    return { ...this.totals };
  }

  /** One pass over every document now (or the pass already running); returns what it did. */
  runNow(): Promise<RetentionStats> {
    if (!this.enabled || this.stopped) return Promise.resolve(emptyStats());
    this.running ??= this.pass().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async tick(): Promise<void> {
    try {
      await this.runNow();
    } catch (err) {
      this.totals.failures++;
      this.deps.log.warn({ err }, 'history merge pass failed');
    }
  }

  /** The seqs whose checkpoints a merge in progress is writing or about to keep. */
  pinnedSeqs(docId: string): readonly number[] {
    return [...(this.pinned.get(docId) ?? [])];
  }

  private readonly pinned = new Map<string, ReadonlySet<number>>();

  private async pass(): Promise<RetentionStats> {
    const stats = emptyStats();
    const cutoff = this.cutoff();
    for (const doc of await this.deps.store.listDocuments()) {
      if (this.stopped) break;
      // Yield between documents so sync traffic is never stuck behind a merge.
      await new Promise((resolve) => setImmediate(resolve));
      try {
        await this.mergeDocument(doc.id, cutoff, stats);
      } catch (err) {
        stats.failures++;
        this.deps.log.warn({ err, docId: doc.id }, 'history merge failed; next pass retries');
      } finally {
        this.pinned.delete(doc.id);
      }
    }
    for (const key of Object.keys(stats) as (keyof RetentionStats)[]) {
      this.totals[key] += stats[key];
    }
    if (stats.documentsMerged > 0 || stats.failures > 0) {
      this.deps.log.info({ ...stats, cutoff: new Date(cutoff) }, 'old history merged');
    }
    return stats;
  }

  /** The start of the period `mergeAfterMs` ago: only whole periods are merged. */
  private cutoff(): number {
    const { mergeAfterMs, bucketMs, now } = this.deps.options;
    return Math.floor((now() - mergeAfterMs) / bucketMs) * bucketMs;
  }

  private async mergeDocument(docId: string, cutoff: number, stats: RetentionStats) {
    const { store, versions, clients } = this.deps;
    const pending = this.deps.pendingSeq(docId) ?? Number.POSITIVE_INFINITY;
    const rows = (await store.updateTimesBefore(docId, cutoff)).filter((r) => r.seq < pending);
    const uptoSeq = rows.at(-1)?.seq;
    if (uptoSeq === undefined) return;
    const ends = bucketEnds(rows, this.deps.options.bucketMs);
    const versionSeqs = (await versions.list(docId)).flatMap((v) =>
      v.seq <= uptoSeq ? [v.seq] : [],
    );
    const kept = new Set([...ends, ...versionSeqs].sort((a, b) => a - b));
    // The compactor leaves these checkpoints alone while they are written and merged.
    this.pinned.set(docId, kept);
    const checkpoints = await store.checkpointSeqs(docId);
    const removable =
      rows.some((r) => !kept.has(r.seq)) ||
      checkpoints.some((seq) => seq <= uptoSeq && !kept.has(seq));
    if (!removable) return;

    // H8: who wrote and who deleted what is read from the rows about to go; index them first.
    const indexed = await clients.indexedThrough(docId);
    if (indexed < uptoSeq) throw new Error(`client ids indexed only up to ${indexed}`);
    const have = new Set(checkpoints);
    for (const seq of kept) {
      if (have.has(seq)) continue;
      if (this.stopped) return;
      await this.writeCheckpoint(docId, seq);
      stats.checkpointsWritten++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    // A version made since the list was read is kept by the store itself, which reads the
    // versions in the merge's transaction (or refuses while the version's checkpoint is missing).
    const result = await store.mergeHistory(docId, { uptoSeq, keepSeqs: [...kept] });
    stats.documentsMerged++;
    stats.updatesDeleted += result.updatesDeleted;
    stats.checkpointsDeleted += result.checkpointsDeleted;
    this.deps.log.debug({ docId, uptoSeq, ...result }, 'history merged');
  }

  /**
   * A checkpoint of the exact state at `seq`, rebuilt the way stateAt does. It must rebuild
   * byte for byte (the stateHash of H1), or the log is not traded for it.
   */
  private async writeCheckpoint(docId: string, seq: number): Promise<void> {
    const doc = await stateAt(this.deps.store, docId, seq);
    try {
      const state = Y.encodeStateAsUpdate(doc);
      if (!rebuildsIdentically(state)) {
        throw new Error(`the state at ${seq} does not rebuild identically from a checkpoint`);
      }
      await this.deps.store.writeCheckpoint(docId, seq, state);
    } finally {
      doc.destroy();
    }
  }
}

/** The last seq of each run of updates made in the same period (clocks may step back). */
export function bucketEnds(rows: readonly { seq: number; createdAt: number }[], bucketMs: number) {
  const bucket = (t: number) => Math.floor(t / bucketMs);
  return rows.flatMap((r, i) => {
    const next = rows[i + 1];
    return !next || bucket(next.createdAt) !== bucket(r.createdAt) ? [r.seq] : [];
  });
}

function rebuildsIdentically(state: Uint8Array): boolean {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, state);
    return Buffer.from(Y.encodeStateAsUpdate(copy)).equals(state);
  } finally {
    copy.destroy();
  }
}
