import type { ServerKind } from './wire';

export type ClientMode = 'plain' | 'fanout' | 'awareness';

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
       */
      mode: ClientMode;
      concurrency: number;
    }
  /** Local client `client` appends `[seq:t]` to the shared text; `measured` false = warm-up. */
  | { op: 'write'; client: number; seq: number; measured: boolean }
  /** Waits until every local client saw all `measuredTotal` inserts it did not write itself. */
  | { op: 'collectFanout'; measuredTotal: number; timeoutMs: number }
  /** Every local client appends one small insert to its own document. */
  | { op: 'editEach' }
  /** `sinceUs`: states stamped earlier (e.g. sent on connect) are not counted. */
  | { op: 'runAwareness'; hz: number; durationMs: number; sinceUs: number }
  | { op: 'collectAwareness'; graceMs: number }
  | { op: 'closeAll' };

export interface Samples {
  /** Send-to-receive latencies in microseconds. */
  latenciesUs: number[];
  received: number;
  /** Messages this worker's clients sent (awareness) or deliveries it expected (fan-out). */
  sentOrExpected: number;
}

export interface WorkerResult {
  samples?: Samples;
  failures?: string[];
}

export interface WorkerRequest {
  id: number;
  command: WorkerCommand;
}

export type WorkerReply =
  | { id: number; ok: true; result: WorkerResult }
  | { id: number; ok: false; error: string };
