import type { Logger } from '../logger';
import type { DocumentStore } from './DocumentStore';
import { encodeVerifiedState, loadDocument } from './stateAt';

export interface CompactorStats {
  checkpointsWritten: number;
  checkpointsPruned: number;
  /** Logged updates moved into packs (DocumentStore.packLog). */
  updatesPacked: number;
  failures: number;
  queued: number;
}

const MAX_ATTEMPTS = 3;

export interface PruneOptions {
  /** Seqs whose checkpoints must stay (every version's); their log may be merged later. */
  keep(docId: string): Promise<readonly number[]>;
  /** One checkpoint per this many updates stays too, so an old point in time replays little. */
  anchorEvery: number;
}

/**
 * Writes checkpoints in the background so loading a document replays a short tail instead of
 * its whole history. The update log itself is kept: a checkpoint is added beside it, which is
 * why every logged point in time stays reachable (stateAt). The updates the checkpoint covers
 * are then packed (DocumentStore.packLog): the same log in a fraction of the space. One job at
 * a time, a bounded number of retries, failures counted and logged.
 */
export class Compactor {
  private readonly queue = new Set<string>();
  private running: Promise<void> | null = null;
  private readonly stats = {
    checkpointsWritten: 0,
    checkpointsPruned: 0,
    updatesPacked: 0,
    failures: 0,
  };
  private stopped = false;

  /** Without `prune`, every checkpoint is kept (the disk grows with the square of history). */
  constructor(
    private readonly store: DocumentStore,
    private readonly log: Logger,
    private readonly prune?: PruneOptions,
  ) {}

  request(docId: string): void {
    if (this.stopped) return;
    this.queue.add(docId);
    if (!this.running) this.running = this.drain().finally(() => (this.running = null));
  }

  getStats(): CompactorStats {
    return { ...this.stats, queued: this.queue.size };
  }

  /** Waits for queued work; used by tests and shutdown. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.queue.clear();
    await this.idle();
  }

  /** Checkpoints `docId` at its newest logged update now; returns that seq (0 when empty). */
  async compactNow(docId: string): Promise<number> {
    const newest = (await this.store.checkpointSeqs(docId)).at(-1) ?? 0;
    const { doc, lastSeq: upto, problems } = await loadDocument(this.store, docId);
    try {
      if (upto === 0) return upto;
      if (upto !== newest) {
        // A quarantined update stays in the log for the record; the checkpoint leaves it out.
        if (problems.length > 0) {
          this.log.error({ docId, problems }, 'document has unloadable data');
        }
        await this.store.writeCheckpoint(docId, upto, encodeVerifiedState(doc));
        this.stats.checkpointsWritten++;
      }
    } finally {
      doc.destroy();
    }
    // Also when the checkpoint was there already: a retry after a failed pack, or a log
    // stored before packs existed, gets packed all the same.
    await this.pruneOlder(docId, upto);
    this.stats.updatesPacked += await this.store.packLog(docId, upto);
    return upto;
  }

  /**
   * The checkpoint just written makes the older ones between anchors redundant: the log still
   * holds every update, so the store rebuilds any point from the anchor before it. Versions'
   * checkpoints stay, and the store refuses any whose log was merged away.
   */
  private async pruneOlder(docId: string, newest: number): Promise<void> {
    if (!this.prune) return;
    const keep = new Set(await this.prune.keep(docId));
    const { anchorEvery } = this.prune;
    // The anchors: the first checkpoint in each stretch of `anchorEvery` seqs.
    const seen = new Set<number>();
    const candidates = (await this.store.checkpointSeqs(docId)).filter((seq) => {
      const stretch = Math.floor(seq / anchorEvery);
      const anchor = !seen.has(stretch);
      seen.add(stretch);
      return seq < newest && !keep.has(seq) && !anchor;
    });
    const pruned = await this.store.pruneCheckpoints(docId, candidates);
    this.stats.checkpointsPruned += pruned;
  }

  private async drain(): Promise<void> {
    for (const docId of this.queue) {
      this.queue.delete(docId);
      // Yield to the event loop so sync traffic is never stuck behind a checkpoint.
      await new Promise((resolve) => setImmediate(resolve));
      await this.compactWithRetry(docId);
    }
  }

  private async compactWithRetry(docId: string): Promise<void> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        const seq = await this.compactNow(docId);
        this.log.debug({ docId, seq }, 'checkpoint written');
        return;
      } catch (err) {
        this.stats.failures++;
        this.log.warn({ docId, attempt, err }, 'checkpoint failed');
        if (attempt < MAX_ATTEMPTS) await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
      }
    }
  }
}
