import type { ServerKind } from './wire';

export type ClientMode = 'plain' | 'fanout' | 'awareness' | 'storm' | 'count';

/** Commands the main thread sends to a client worker; each is answered by one `WorkerReply`. */
export type WorkerCommand =
  | {
      op: 'connect';
      kind: ServerKind;
      port: number;
      token: string;
      /** One client per entry; the same id may repeat (many clients on one document). */
      docIds: string[];
      /**
       * plain: full clients that apply everything. fanout: receivers scan update frames for
       * write stamps without applying them. awareness: publish a cursor, scan awareness frames.
       * storm: time connect → sync step 2 received, then apply each reply and report its text
       * length (the reply is applied only once every local client has synced). count: apply
       * nothing, count the items broadcast updates carry (from their metadata).
       */
      mode: ClientMode;
      concurrency: number;
      /** Per client (parallel to docIds): the port to connect to instead of `port` (several nodes). */
      ports?: number[];
      /** Per client: the node it is on; fan-out receivers then split latencies same/other node. */
      nodes?: number[];
    }
  /** Local client `client` appends `[seq:t]` to the shared text; `measured` false = warm-up. */
  | { op: 'write'; client: number; seq: number; measured: boolean; node?: number }
  /** Waits until every local client saw all `measuredTotal` inserts it did not write itself. */
  | { op: 'collectFanout'; measuredTotal: number; timeoutMs: number }
  /** Forgets fan-out receipts and own seqs, so a second phase is counted on its own. */
  | { op: 'resetFanout' }
  /** Every local client appends one small insert to its own document. */
  | { op: 'editEach' }
  /** `sinceUs`: states stamped earlier (e.g. sent on connect) are not counted. */
  | { op: 'runAwareness'; hz: number; durationMs: number; sinceUs: number }
  | { op: 'collectAwareness'; graceMs: number }
  /**
   * Local client 0 appends `count` one-character inserts, one update each, without waiting,
   * `chunk` per event-loop turn. Its socket stays open until `durationMs` after the start or
   * a `stopFlood`, then is cut (terminate), dropping whatever the server has not read yet.
   */
  | { op: 'flood'; count: number; durationMs: number; chunk: number }
  | { op: 'stopFlood' }
  /** count mode: items seen so far, summed over local clients' documents. */
  | { op: 'counted' }
  | { op: 'closeAll' }
  /** Answered once the worker has loaded its code. */
  | { op: 'ready' };

export interface Samples {
  /** Send-to-receive latencies in microseconds. */
  latenciesUs: number[];
  received: number;
  /** Messages this worker's clients sent (awareness) or deliveries it expected (fan-out). */
  sentOrExpected: number;
  /** Fan-out across nodes: latencies where writer and receiver were on the same node… */
  sameNodeUs?: number[];
  /** …and where they were on different nodes. */
  otherNodeUs?: number[];
  /** Fan-out: nowUs() of the last receipt (0: none). */
  lastUs?: number;
}

/** One client of a join storm; times on the process-wide clock (nowUs). */
export interface JoinSample {
  startUs: number;
  syncedUs: number;
  replyBytes: number;
  /** Length of the shared text once the reply was applied. */
  length: number;
}

export interface FloodResult {
  sent: number;
  /** From the first to the last update handed to the socket. */
  sendMs: number;
  stoppedBy: 'deadline' | 'stop';
}

export interface CountResult {
  /** Items (here: characters) seen in broadcast updates. */
  items: number;
  /** nowUs() when the count last grew. */
  lastUs: number;
}

export interface WorkerResult {
  samples?: Samples;
  failures?: string[];
  joins?: JoinSample[];
  flood?: FloodResult;
  counted?: CountResult;
}

export interface WorkerRequest {
  id: number;
  command: WorkerCommand;
}

export type WorkerReply =
  | { id: number; ok: true; result: WorkerResult }
  | { id: number; ok: false; error: string };
