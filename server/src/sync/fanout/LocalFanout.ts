import { randomUUID } from 'node:crypto';
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

/**
 * Nodes in one process: what a LocalFanout publishes reaches the others on the same hub. Tests
 * use it to run two nodes without Redis; production never shares one.
 */
export class LocalFanoutHub {
  readonly nodes = new Set<LocalFanout>();
}

/**
 * A single node's fan-out: with no hub there is nobody to tell, so publishing does nothing and
 * the node behaves exactly as it did before fan-out existed. Messages still go through the
 * binary codec, so a hub exercises what Redis would carry.
 */
export class LocalFanout implements DocFanout {
  readonly nodeId = randomUUID();
  readonly mode = 'local' as const;
  private readonly listeners = new Map<string, Set<FanoutListener>>();
  private readonly clusterListeners = new Set<ClusterListener>();

  constructor(private readonly hub?: LocalFanoutHub) {
    hub?.nodes.add(this);
  }

  subscribe(docId: string, listener: FanoutListener): FanoutSubscription {
    const set = this.listeners.get(docId) ?? new Set();
    set.add(listener);
    this.listeners.set(docId, set);
    return {
      ready: Promise.resolve(),
      unsubscribe: () => {
        set.delete(listener);
        if (set.size === 0 && this.listeners.get(docId) === set) this.listeners.delete(docId);
      },
    };
  }

  publish(docId: string, message: FanoutMessage): void {
    if (!this.hub) return;
    const bytes = encodeFanoutMessage(this.nodeId, message);
    // Delivered on a later turn, as a network would: a publisher never re-enters a receiver.
    setImmediate(() => {
      for (const node of this.hub?.nodes ?? []) if (node !== this) node.deliver(docId, bytes);
    });
  }

  subscribeCluster(listener: ClusterListener): FanoutSubscription {
    this.clusterListeners.add(listener);
    return {
      ready: Promise.resolve(),
      unsubscribe: () => this.clusterListeners.delete(listener),
    };
  }

  async publishCluster(body: Uint8Array): Promise<boolean> {
    if (!this.hub) return true;
    const bytes = encodeClusterEnvelope(this.nodeId, body);
    setImmediate(() => {
      for (const node of this.hub?.nodes ?? []) if (node !== this) node.deliverCluster(bytes);
    });
    return true;
  }

  /** Asks every room (and cluster listener) of this node to catch up, as a Redis reconnect would. */
  resyncAll(): void {
    for (const set of this.listeners.values()) for (const l of [...set]) l.resync();
    for (const l of [...this.clusterListeners]) l.resync();
  }

  async close(): Promise<void> {
    this.hub?.nodes.delete(this);
    this.listeners.clear();
    this.clusterListeners.clear();
  }

  private deliverCluster(bytes: Uint8Array): void {
    const { origin, body } = decodeClusterEnvelope(bytes);
    if (origin === this.nodeId) return;
    for (const l of [...this.clusterListeners]) l.message(body);
  }

  private deliver(docId: string, bytes: Uint8Array): void {
    const { origin, message } = decodeFanoutMessage(bytes);
    if (origin === this.nodeId) return;
    for (const l of [...(this.listeners.get(docId) ?? [])]) l.message(message);
  }
}
