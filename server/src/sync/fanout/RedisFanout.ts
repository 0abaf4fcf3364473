import { randomUUID } from 'node:crypto';
import type { Logger } from '../../logger';
import { closeRedis, type RedisClient } from '../../redis';
import { withTimeout } from '../../timeout';
import type {
  ClusterListener,
  DocFanout,
  FanoutListener,
  FanoutMessage,
  FanoutSubscription,
} from './DocFanout';
import {
  decodeClusterEnvelope,
  decodeFanoutMessage,
  encodeClusterEnvelope,
  encodeFanoutMessage,
} from './fanoutCodec';

export interface RedisFanoutOptions {
  nodeId?: string;
  /** Channel prefix; one channel per document. */
  prefix?: string;
  /** The one channel every node listens to (revocations). */
  clusterChannel?: string;
  /** How long a room waits for its subscription before it loads anyway (and resyncs later). */
  subscribeTimeoutMs?: number;
  /** A publish not answered in this time counts as lost. */
  publishTimeoutMs?: number;
  /** Publishes waiting for Redis beyond this are dropped rather than queued in memory. */
  maxInFlight?: number;
}

interface Channel<L = FanoutListener> {
  listeners: Set<L>;
  ready: Promise<void>;
}

/**
 * Fan-out over Redis pub/sub, one channel per open document, on its own subscriber connection
 * (a subscribed connection takes no other commands); publishes go through the server's client.
 *
 * Pub/sub forgets what it could not deliver, and that is all right here: the update log in the
 * store is the durable stream (y-redis keeps it in Redis streams and compacts into its store;
 * Tandem's store already is an ordered log with seqs, so Redis only says "there is more"). Every
 * moment a message may have been lost (a publish skipped or failed, a connection that dropped)
 * ends with `resync` on every room: each reads the log from what it knows and announces what it
 * stored, so the other nodes catch up too.
 */
export class RedisFanout implements DocFanout {
  readonly nodeId: string;
  readonly mode = 'redis' as const;
  private readonly sub: RedisClient;
  private readonly channels = new Map<string, Channel>();
  private readonly prefix: string;
  private readonly clusterChannel: string;
  private readonly cluster: Channel<ClusterListener> = {
    listeners: new Set(),
    ready: Promise.resolve(),
  };
  private readonly options: Required<
    Omit<RedisFanoutOptions, 'nodeId' | 'prefix' | 'clusterChannel'>
  >;
  private inFlight = 0;
  /** Something may have been lost since the last resync. */
  private lost = false;
  private warned = false;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;
  /** Counters for logs and tests. */
  readonly stats = { published: 0, received: 0, dropped: 0, malformed: 0, resyncs: 0 };

  constructor(
    private readonly pub: RedisClient,
    private readonly log: Logger,
    options: RedisFanoutOptions = {},
  ) {
    this.nodeId = options.nodeId ?? randomUUID();
    this.prefix = options.prefix ?? 'tandem:doc:';
    this.clusterChannel = options.clusterChannel ?? 'tandem:cluster';
    this.options = {
      subscribeTimeoutMs: options.subscribeTimeoutMs ?? 1_000,
      publishTimeoutMs: options.publishTimeoutMs ?? 2_000,
      maxInFlight: options.maxInFlight ?? 1_000,
    };
    this.sub = pub.duplicate();
    for (const client of [this.pub, this.sub]) {
      // The server's own client reports Redis outages; here they only mean "resync later".
      client.on('error', this.onError);
      client.on('ready', this.onReady);
    }
    this.sub.connect().catch(() => undefined);
    log.info({ nodeId: this.nodeId }, 'documents fan out to other nodes through Redis');
  }

  /** Both connections answer: what is published now reaches the other nodes. */
  get connected(): boolean {
    return this.pub.isReady && this.sub.isReady;
  }

  subscribe(docId: string, listener: FanoutListener): FanoutSubscription {
    let channel = this.channels.get(docId);
    if (!channel) {
      channel = {
        listeners: new Set(),
        ready: this.subscribeChannel(this.channel(docId), this.onMessage),
      };
      this.channels.set(docId, channel);
    }
    const joined = channel;
    joined.listeners.add(listener);
    return {
      ready: joined.ready,
      unsubscribe: () => {
        joined.listeners.delete(listener);
        if (joined.listeners.size > 0 || this.channels.get(docId) !== joined) return;
        this.channels.delete(docId);
        if (!this.closed) {
          this.sub.unsubscribe(this.channel(docId), this.onMessage, true).catch(() => undefined);
        }
      },
    };
  }

  publish(docId: string, message: FanoutMessage): void {
    void this.send(this.channel(docId), () => encodeFanoutMessage(this.nodeId, message));
  }

  subscribeCluster(listener: ClusterListener): FanoutSubscription {
    const cluster = this.cluster;
    if (cluster.listeners.size === 0) {
      cluster.ready = this.subscribeChannel(this.clusterChannel, this.onClusterMessage);
    }
    cluster.listeners.add(listener);
    return {
      ready: cluster.ready,
      unsubscribe: () => {
        if (!cluster.listeners.delete(listener) || cluster.listeners.size > 0) return;
        if (this.closed) return;
        this.sub
          .unsubscribe(this.clusterChannel, this.onClusterMessage, true)
          .catch(() => undefined);
      },
    };
  }

  publishCluster(body: Uint8Array): Promise<boolean> {
    return this.send(this.clusterChannel, () => encodeClusterEnvelope(this.nodeId, body));
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.channels.clear();
    this.cluster.listeners.clear();
    this.pub.off('error', this.onError);
    this.pub.off('ready', this.onReady);
    await closeRedis(this.sub);
  }

  /** True once Redis took the message; false when it may be lost (a resync follows). */
  private send(channel: string, encode: () => Uint8Array): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    // Queued publishes would pile up in memory while Redis is away; the log has them anyway.
    if (!this.pub.isReady || this.inFlight >= this.options.maxInFlight) {
      this.missed();
      return Promise.resolve(false);
    }
    const bytes = Buffer.from(encode());
    this.inFlight++;
    return withTimeout(this.pub.publish(channel, bytes), this.options.publishTimeoutMs)
      .then(() => {
        this.stats.published++;
        return true;
      })
      .catch((err: unknown) => {
        this.missed(err);
        return false;
      })
      .finally(() => {
        this.inFlight--;
      });
  }

  private channel(docId: string): string {
    return `${this.prefix}${docId}`;
  }

  /**
   * Subscribes; resolves once Redis confirmed it, or at once while Redis is away (node-redis
   * subscribes when it connects, and the `ready` that follows resyncs every room).
   */
  private subscribeChannel(
    channel: string,
    handler: (data: Buffer, channel: Buffer) => void,
  ): Promise<void> {
    const subscribed = this.sub.subscribe(channel, handler, true);
    if (!this.sub.isReady) {
      subscribed.catch(() => undefined);
      this.lost = true;
      return Promise.resolve();
    }
    return withTimeout(subscribed, this.options.subscribeTimeoutMs, 'fan-out subscribe').catch(
      () => {
        // The room loads without waiting longer; whatever it missed meanwhile is read later.
        this.missed();
      },
    );
  }

  private readonly onError = () => this.missed();
  private readonly onReady = () => this.recovered();

  private readonly onMessage = (data: Buffer, channel: Buffer): void => {
    let envelope: ReturnType<typeof decodeFanoutMessage>;
    try {
      envelope = decodeFanoutMessage(new Uint8Array(data.buffer, data.byteOffset, data.length));
    } catch (err) {
      this.stats.malformed++;
      this.log.warn({ err, channel: channel.toString() }, 'dropped a malformed fan-out message');
      return;
    }
    if (envelope.origin === this.nodeId) return;
    this.stats.received++;
    const docId = channel.toString().slice(this.prefix.length);
    for (const l of [...(this.channels.get(docId)?.listeners ?? [])]) l.message(envelope.message);
  };

  private readonly onClusterMessage = (data: Buffer): void => {
    let envelope: ReturnType<typeof decodeClusterEnvelope>;
    try {
      envelope = decodeClusterEnvelope(new Uint8Array(data.buffer, data.byteOffset, data.length));
    } catch (err) {
      this.stats.malformed++;
      this.log.warn({ err }, 'dropped a malformed cluster message');
      return;
    }
    if (envelope.origin === this.nodeId) return;
    this.stats.received++;
    for (const l of [...this.cluster.listeners]) l.message(envelope.body);
  };

  /** A message may not have reached the other nodes, or theirs may not have reached this one. */
  private missed(err?: unknown): void {
    if (this.closed) return;
    this.stats.dropped++;
    this.lost = true;
    if (!this.warned) {
      this.warned = true;
      this.log.warn(
        { err },
        'document fan-out interrupted: each node keeps editing; nodes catch up from the store when Redis answers',
      );
    }
    // Redis is up but a step failed (a timeout): try again shortly rather than at a reconnect.
    if (this.pub.isReady && this.sub.isReady) this.scheduleRetry();
  }

  private recovered(): void {
    if (!this.lost || this.closed || !this.pub.isReady || !this.sub.isReady) return;
    this.resyncAll();
  }

  private scheduleRetry(): void {
    if (this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.recovered();
    }, 1_000);
    this.retry.unref();
  }

  private resyncAll(): void {
    this.lost = false;
    this.stats.resyncs++;
    if (this.warned) this.log.info('document fan-out resumed; open documents catch up');
    this.warned = false;
    for (const channel of this.channels.values()) {
      for (const l of [...channel.listeners]) l.resync();
    }
    for (const l of [...this.cluster.listeners]) l.resync();
  }
}
