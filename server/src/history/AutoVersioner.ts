import type { Logger } from '../logger';
import type { HistoryOptions } from './HistoryService';

interface Pending {
  seq: number;
  since: number;
  timer: NodeJS.Timeout;
}

/**
 * Versions made at once; the rest wait their turn. Each loads two states of its document and
 * compares them: a thousand documents edited in the same minute fired a thousand at once, and
 * the server's memory grew by 217 MiB, which V8 kept (bench: 1,000 documents, one edit each).
 */
export const MAX_AUTO_VERSIONS_AT_ONCE = 2;

/**
 * Makes automatic versions (H2): one when a burst of editing ends (no update for `autoIdleMs`)
 * and one at least every `autoMaxIntervalMs` while editing goes on. Fed by every logged client
 * update; a failure is logged and the next burst tries again.
 */
export class AutoVersioner {
  private readonly pending = new Map<string, Pending>();
  /** Due, waiting for a turn. */
  private readonly queue: { docId: string; seq: number }[] = [];
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
   * Makes `docId`'s pending version now, ahead of its turn, and waits for it: before a restore,
   * so the burst it records is stamped before the restore, not after it with the state from
   * before.
   */
  async flushDoc(docId: string): Promise<void> {
    // Oldest first: one already due, then the burst still going on.
    const due = this.queue.filter((entry) => entry.docId === docId);
    this.queue.splice(0, this.queue.length, ...this.queue.filter((entry) => entry.docId !== docId));
    for (const entry of due) this.start(entry.docId, entry.seq);
    const p = this.pending.get(docId);
    if (p) {
      clearTimeout(p.timer);
      this.pending.delete(docId);
      this.start(docId, p.seq);
    }
    await Promise.all(this.running);
  }

  /** Makes the pending versions now (shutdown) and waits until every one is made. */
  async flush(): Promise<void> {
    for (const [docId, p] of this.pending) {
      clearTimeout(p.timer);
      this.fire(docId, p.seq);
    }
    this.pending.clear();
    // A finished version starts the next before its own promise settles: none is missed.
    while (this.running.size > 0) await Promise.all(this.running);
  }

  async stop(): Promise<void> {
    await this.flush();
    this.stopped = true;
  }

  private fire(docId: string, seq: number): void {
    this.queue.push({ docId, seq });
    this.startDue();
  }

  private startDue(): void {
    while (this.running.size < MAX_AUTO_VERSIONS_AT_ONCE) {
      const due = this.queue.shift();
      if (!due) return;
      this.start(due.docId, due.seq);
    }
  }

  private start(docId: string, seq: number): void {
    const job = this.make(docId, seq)
      .catch((err: unknown) => this.log.warn({ err, docId, seq }, 'auto version failed'))
      .finally(() => {
        this.running.delete(job);
        this.startDue();
      });
    this.running.add(job);
  }
}
