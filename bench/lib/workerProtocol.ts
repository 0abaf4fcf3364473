import type { ServerKind } from './wire';

/** Commands the main thread sends to a client worker; each is answered by one `WorkerReply`. */
export type WorkerCommand =
  | {
      op: 'connect';
      kind: ServerKind;
      port: number;
      /** One client per entry; the same id may repeat (many clients on one document). */
      docIds: string[];
      awareness: boolean;
      concurrency: number;
    }
  | { op: 'armFanout' }
  /** Local client `client` appends `[seq:t]` to the shared text; `measured` false = warm-up. */
  | { op: 'write'; client: number; seq: number; measured: boolean }
  /** Waits until every local client saw all `measuredTotal` inserts it did not write itself. */
  | { op: 'collectFanout'; measuredTotal: number; timeoutMs: number }
  /** Every local client appends one small insert to its own document. */
  | { op: 'editEach' }
  | { op: 'runAwareness'; hz: number; durationMs: number }
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
