import type { Logger } from '../logger';
import type { HistoryOptions } from './HistoryService';

interface Pending {
  seq: number;
  since: number;
  timer: NodeJS.Timeout;
}

/**
 * Makes automatic versions (H2): one when a burst of editing ends (no update for `autoIdleMs`)
 * and one at least every `autoMaxIntervalMs` while editing goes on. Fed by every logged client
 * update; a failure is logged and the next burst tries again.
 */
export class AutoVersioner {
  private readonly pending = new Map<string, Pending>();
  private readonly running = new Set<Promise<void>>();
  private stopped = false;

  constructor(
    private readonly options: HistoryOptions,
    private readonly log: Logger,
    private readonly make: (docId: string, seq: number) => Promise<void>,
  ) {}

  noteUpdate(docId: string, seq: number): void {
    if (this.stopped) return;
    const now = Date.now();
    const previous = this.pending.get(docId);
    if (previous) clearTimeout(previous.timer);
    const since = previous?.since ?? now;
    if (now - since >= this.options.autoMaxIntervalMs) {
      this.pending.delete(docId);
      this.fire(docId, seq);
      return;
    }
    const timer = setTimeout(() => {
      this.pending.delete(docId);
      this.fire(docId, seq);
    }, this.options.autoIdleMs);
    timer.unref();
    this.pending.set(docId, { seq, since, timer });
  }

  /** The seq a version is still to be made at for `docId`, if a burst is going on (H15). */
  pendingSeq(docId: string): number | undefined {
    return this.pending.get(docId)?.seq;
  }

  /**
   * Makes `docId`'s pending version now and waits for it: before a restore, so the burst it
   * records is stamped before the restore, not after it with the state from before.
   */
  async flushDoc(docId: string): Promise<void> {
    const p = this.pending.get(docId);
    if (p) {
      clearTimeout(p.timer);
      this.pending.delete(docId);
      this.fire(docId, p.seq);
    }
    await Promise.all(this.running);
  }

  /** Makes the pending versions now (shutdown) and waits for those being made. */
  async flush(): Promise<void> {
    for (const [docId, p] of this.pending) {
      clearTimeout(p.timer);
      this.fire(docId, p.seq);
    }
    this.pending.clear();
    await Promise.all(this.running);
  }

  async stop(): Promise<void> {
    await this.flush();
    this.stopped = true;
  }

  private fire(docId: string, seq: number): void {
    const job = this.make(docId, seq)
      .catch((err: unknown) => this.log.warn({ err, docId, seq }, 'auto version failed'))
      .finally(() => this.running.delete(job));
    this.running.add(job);
  }
}
