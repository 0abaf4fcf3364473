import type { AccessChange } from '../auth';
import type { Logger } from '../logger';
import type { DocFanout, FanoutSubscription } from '../sync';
import { type ClusterNotice, decodeNotice, encodeNotice } from './revocationCodec';

export interface ClusterRevocationsDeps {
  fanout: DocFanout;
  log: Logger;
  /** Closes this node's sockets a revocation concerns. */
  close(change: AccessChange): void;
  /** Asks the store about every open socket of this node; resolves with how many it closed. */
  recheck(): Promise<number>;
  /** Pause before a recheck the store failed is tried again. */
  retryMs?: number;
  /** Tries of one recheck before it waits for the next occasion. */
  maxTries?: number;
}

/**
 * Revocations reach every node: the node that made one closes its own sockets and publishes
 * it on the cluster channel; every other node closes its sockets the same way. Without Redis
 * the fan-out is a lone LocalFanout and this is exactly the old local close.
 *
 * Pub/sub forgets what it could not deliver, and a revocation, unlike an edit, has no log to
 * catch up from. So every moment one may have been lost ends in a recheck against the store,
 * which already holds the truth (a revocation is written there before it is announced):
 * - this node's Redis connection came back (`resync`): it may have missed others' notices, so
 *   it rechecks its own sockets;
 * - a notice this node published was not taken by Redis: nodes that never lost their
 *   connection would not know, so at its next `resync` it asks every node to recheck.
 * Without this, a person removed while Redis was down would keep syncing on another node for as
 * long as their socket stayed open.
 */
export class ClusterRevocations {
  private readonly subscription: FanoutSubscription;
  /** A notice of this node may be lost; every node must recheck once Redis takes messages. */
  private unsent = false;
  private running: Promise<void> | null = null;
  private again = false;
  private retry: NodeJS.Timeout | null = null;
  private closed = false;
  /** Counters for logs and tests. */
  readonly stats = { received: 0, malformed: 0, rechecks: 0, recheckClosed: 0, recheckFailed: 0 };

  constructor(private readonly deps: ClusterRevocationsDeps) {
    this.subscription = deps.fanout.subscribeCluster({
      message: (body) => this.receive(body),
      resync: () => this.resync(),
    });
  }

  /** Resolves once notices from other nodes are delivered (or at once while Redis is away). */
  get ready(): Promise<void> {
    return this.subscription.ready;
  }

  /** Closes the sockets `change` concerns here and on every other node. */
  revoke(change: AccessChange): void {
    this.deps.close(change);
    this.publish(change);
  }

  /** Re-checks this node's sockets; runs once more if asked while running. */
  recheck(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.runRecheck(1).finally(() => {
      this.running = null;
      if (this.again && !this.closed) {
        this.again = false;
        void this.recheck();
      }
    });
    return this.running;
  }

  close(): void {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.subscription.unsubscribe();
  }

  private publish(notice: ClusterNotice): void {
    void this.deps.fanout.publishCluster(encodeNotice(notice)).then((taken) => {
      if (!taken) this.unsent = true;
    });
  }

  private receive(body: Uint8Array): void {
    let notice: ClusterNotice;
    try {
      notice = decodeNotice(body);
    } catch (err) {
      this.stats.malformed++;
      this.deps.log.warn({ err }, 'dropped a malformed cluster notice');
      return;
    }
    this.stats.received++;
    if (notice.kind === 'recheck') void this.recheck();
    else this.deps.close(notice);
  }

  private resync(): void {
    if (this.unsent) {
      this.unsent = false;
      this.publish({ kind: 'recheck' });
    }
    void this.recheck();
  }

  private async runRecheck(attempt: number): Promise<void> {
    this.stats.rechecks++;
    try {
      const closed = await this.deps.recheck();
      this.stats.recheckClosed += closed;
      if (closed > 0) this.deps.log.info({ closed }, 'closed sockets revoked while Redis was away');
    } catch (err) {
      this.stats.recheckFailed++;
      const maxTries = this.deps.maxTries ?? 3;
      this.deps.log.warn({ err, attempt, maxTries }, 'could not recheck open sockets');
      if (attempt >= maxTries || this.closed) return;
      await new Promise<void>((resolve) => {
        this.retry = setTimeout(resolve, this.deps.retryMs ?? 2_000);
        this.retry.unref();
      });
      if (!this.closed) await this.runRecheck(attempt + 1);
    }
  }
}
