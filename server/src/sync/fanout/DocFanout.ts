/**
 * One logged update as another node needs it: the payload, the seq the store gave it, and who
 * wrote it (so the receiving room knows whose Yjs client ids these are).
 */
export interface FannedUpdate {
  seq: number;
  update: Uint8Array;
  userId: string | null;
  clientIds: readonly number[];
}

/**
 * What nodes tell each other about one document. The store's update log is the durable stream;
 * these are only news of it, and a node that misses one reads the log instead.
 */
export type FanoutMessage =
  /** Updates this node has stored (never before the append resolved). */
  | { kind: 'updates'; updates: readonly FannedUpdate[] }
  /** The log reaches at least `seq`: a node that knows less reads the rest from the store. */
  | { kind: 'head'; seq: number }
  /** Vetted awareness entries of `userId`'s connection (y-protocols' awareness update). */
  | { kind: 'awareness'; update: Uint8Array; userId: string | null }
  /** A node that just opened the document asks the others for their connections' awareness. */
  | { kind: 'awareness-query' };

export interface FanoutListener {
  /** A message from another node; never one this node published. */
  message(message: FanoutMessage): void;
  /**
   * Messages may have been lost (Redis came back, or a publish failed): read the store from
   * what is known, and announce what this node stored.
   */
  resync(): void;
}

export interface FanoutSubscription {
  /**
   * Resolves once messages published from now on will be delivered, or at once when that cannot
   * be known (the bus is down: a `resync` follows when it is back). Never rejects.
   */
  readonly ready: Promise<void>;
  unsubscribe(): void;
}

/**
 * Every node hears the cluster channel, whatever documents it has open: news that concerns
 * sockets rather than one document's content (a revoked sign-in, a removed member). The body is
 * the listener's own encoding; the fan-out only carries it and drops this node's own.
 */
export interface ClusterListener {
  message(body: Uint8Array): void;
  /** Messages may have been lost (as `FanoutListener.resync`). */
  resync(): void;
}

/**
 * The port between a node's rooms and the other nodes serving the same documents. Publishing
 * never throws and never waits: a lost message costs a catch-up read, not an edit.
 */
export interface DocFanout {
  /** Random per process; a node ignores messages carrying its own. */
  readonly nodeId: string;
  /** `local`: this process alone; `redis`: shared with every node on the same Redis. */
  readonly mode: 'local' | 'redis';
  subscribe(docId: string, listener: FanoutListener): FanoutSubscription;
  publish(docId: string, message: FanoutMessage): void;
  /** One channel for every node, on the same connections as the documents' channels. */
  subscribeCluster(listener: ClusterListener): FanoutSubscription;
  /**
   * Resolves true once the bus took the message, false when it may be lost (a `resync` follows
   * on every cluster listener of this node). Never rejects.
   */
  publishCluster(body: Uint8Array): Promise<boolean>;
  close(): Promise<void>;
}
