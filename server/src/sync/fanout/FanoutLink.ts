import * as Y from 'yjs';
import type { Logger } from '../../logger';
import { type DocumentStore, type LoggedUpdate, loadDocument } from '../../persistence';
import { AppliedSeqs } from './AppliedSeqs';
import type {
  DocFanout,
  FannedUpdate,
  FanoutListener,
  FanoutMessage,
  FanoutSubscription,
} from './DocFanout';

/** What a room does with what other nodes tell it. */
export interface FanoutHost {
  /** Loaded and not closing: remote updates may be applied. */
  readonly isReady: boolean;
  /**
   * Applies an update another node stored (or the log holds): not logged again, broadcast to
   * this node's sockets; `owners` are the Yjs client ids it writes and whose they are.
   */
  applyRemote(update: Uint8Array, owners: Iterable<readonly [number, string | null]>): void;
  applyRemoteAwareness(update: Uint8Array, userId: string | null): void;
  /** The awareness entries of this node's connections, one update per person. */
  localAwareness(): { update: Uint8Array; userId: string | null }[];
}

export interface FanoutLinkOptions {
  /** How long a gap in the seqs may stay open (a message still on its way) before a read. */
  gapWaitMs?: number;
}

/** Failed catch-up reads in a row after which the room waits for the next message to try. */
const MAX_READ_FAILURES = 5;
const RETRY_MS = 1_000;

/**
 * One room's side of the fan-out. Subscribes before the room loads and holds messages until it
 * has, so nothing published between the load's read and the subscription is lost; tells the
 * other nodes what the room stored; and keeps track of which seqs of the log the room holds.
 * A gap (a seq it heard of but never received), a resubscription or a Redis outage ends in a
 * catch-up read of the log from the highest seq held without a gap. Applying an update twice
 * is harmless in Yjs, so a read that overlaps messages costs bytes, never correctness.
 */
export class FanoutLink implements FanoutListener {
  private readonly seqs = new AppliedSeqs();
  /** Messages that arrived while the room was loading; null once it started. */
  private pending: FanoutMessage[] | null = [];
  private resyncOnStart = false;
  private readonly subscription: FanoutSubscription;
  private gapTimer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private next: Promise<void> | null = null;
  private failures = 0;
  private closed = false;
  /** Catch-up reads made and updates they brought; for logs and tests. */
  readonly stats = { reads: 0, caughtUp: 0 };

  constructor(
    private readonly docId: string,
    private readonly fanout: DocFanout,
    private readonly store: DocumentStore,
    private readonly host: FanoutHost,
    private readonly log: Logger,
    private readonly options: FanoutLinkOptions = {},
  ) {
    this.subscription = fanout.subscribe(docId, this);
  }

  /** Resolves when the room may load: from now on nothing published escapes it. */
  get subscribed(): Promise<void> {
    return this.subscription.ready;
  }

  /** The room loaded the log up to `lastSeq`; what arrived meanwhile is applied now. */
  start(lastSeq: number): void {
    if (this.closed || !this.pending) return;
    this.seqs.holdUpTo(lastSeq);
    const pending = this.pending;
    this.pending = null;
    for (const message of pending) this.handle(message);
    // Cursors of people on other nodes show at once, not at their next 15 s renewal.
    this.fanout.publish(this.docId, { kind: 'awareness-query' });
    if (this.resyncOnStart) this.resync();
    else this.checkGap();
  }

  /** This room stored these updates: the other nodes hear of them now, and only now. */
  stored(updates: readonly FannedUpdate[]): void {
    if (this.closed) return;
    for (const u of updates) this.seqs.add(u.seq);
    this.fanout.publish(this.docId, { kind: 'updates', updates });
    this.checkGap();
  }

  publishAwareness(update: Uint8Array, userId: string | null): void {
    if (!this.closed) this.fanout.publish(this.docId, { kind: 'awareness', update, userId });
  }

  message(message: FanoutMessage): void {
    if (this.closed) return;
    if (this.pending) this.pending.push(message);
    else this.handle(message);
  }

  resync(): void {
    if (this.closed) return;
    if (this.pending) {
      this.resyncOnStart = true;
      return;
    }
    void this.catchUp().then(() => {
      if (this.closed || !this.host.isReady) return;
      this.fanout.publish(this.docId, { kind: 'head', seq: this.seqs.floor });
      this.fanout.publish(this.docId, { kind: 'awareness-query' });
    });
  }

  /**
   * Reads the log from the highest seq held without a gap and applies what the room lacks.
   * Resolves after a read that began after this call; never rejects.
   */
  catchUp(): Promise<void> {
    if (this.next) return this.next;
    if (!this.running) return this.begin();
    this.next = this.running.then(() => {
      this.next = null;
      return this.begin();
    });
    return this.next;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.pending = null;
    if (this.gapTimer) clearTimeout(this.gapTimer);
    this.subscription.unsubscribe();
  }

  private handle(message: FanoutMessage): void {
    // Reads that kept failing stopped; news of the log is a reason to try again.
    if (this.failures >= MAX_READ_FAILURES) this.failures = 0;
    switch (message.kind) {
      case 'updates':
        for (const u of message.updates) {
          if (this.seqs.has(u.seq)) continue;
          this.host.applyRemote(u.update, ownersOf(u));
          this.seqs.add(u.seq);
        }
        this.checkGap();
        return;
      case 'head':
        this.seqs.heard(message.seq);
        this.checkGap();
        return;
      case 'awareness':
        this.host.applyRemoteAwareness(message.update, message.userId);
        return;
      case 'awareness-query':
        for (const { update, userId } of this.host.localAwareness()) {
          this.publishAwareness(update, userId);
        }
        return;
    }
  }

  /** A gap gets a moment to close by itself (messages of two nodes can overtake each other). */
  private checkGap(delay = this.options.gapWaitMs ?? 100): void {
    if (!this.seqs.missing) {
      if (this.gapTimer) clearTimeout(this.gapTimer);
      this.gapTimer = null;
      return;
    }
    if (this.gapTimer || this.failures >= MAX_READ_FAILURES) return;
    this.gapTimer = setTimeout(() => {
      this.gapTimer = null;
      if (this.seqs.missing) void this.catchUp();
    }, delay);
    this.gapTimer.unref();
  }

  private begin(): Promise<void> {
    const run: Promise<void> = this.read().finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }

  private async read(): Promise<void> {
    if (this.closed || !this.host.isReady) return;
    const from = this.seqs.floor;
    const headBefore = this.seqs.head;
    this.stats.reads++;
    try {
      const rows = await this.store.readUpdates(this.docId, from);
      if (this.closed || !this.host.isReady) return;
      if (!continues(rows, from)) {
        await this.readState();
      } else {
        let applied = 0;
        for (const row of rows) {
          if (this.seqs.has(row.seq)) continue;
          this.host.applyRemote(row.update, ownersOf(row));
          applied++;
        }
        this.stats.caughtUp += applied;
        const last = rows.at(-1)?.seq ?? from;
        this.seqs.holdUpTo(last);
        // A head the log does not reach would ask for reads forever; the log is the truth.
        if (last < headBefore) this.seqs.endsAt(last);
        if (applied > 0) this.log.debug({ docId: this.docId, from, applied }, 'caught up');
      }
      this.failures = 0;
      this.checkGap();
    } catch (err) {
      this.failures++;
      this.log.warn(
        { err, docId: this.docId, failures: this.failures },
        'could not read the update log to catch up with other nodes',
      );
      if (this.failures < MAX_READ_FAILURES) this.checkGap(RETRY_MS);
    }
  }

  /**
   * Part of the log after `from` was merged into a checkpoint (retention, H15): the state
   * replaces the missing updates, with the owners the store recorded for them.
   */
  private async readState(): Promise<void> {
    const [replayed, owners] = await Promise.all([
      loadDocument(this.store, this.docId),
      this.store.clientOwners(this.docId),
    ]);
    try {
      if (this.closed || !this.host.isReady) return;
      this.host.applyRemote(Y.encodeStateAsUpdate(replayed.doc), owners);
      this.seqs.holdUpTo(replayed.lastSeq);
      this.seqs.endsAt(replayed.lastSeq);
    } finally {
      replayed.doc.destroy();
    }
  }
}

function ownersOf(u: { clientIds: readonly number[]; userId: string | null }) {
  return u.clientIds.map((id) => [id, u.userId] as const);
}

/** The rows start right after `from` and leave no seq out. */
function continues(rows: readonly LoggedUpdate[], from: number): boolean {
  return rows.every((row, i) => row.seq === from + 1 + i);
}
