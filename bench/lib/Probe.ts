import { BenchClient, TEXT_NAME } from './BenchClient';
import type { ServerHandle } from './servers';
import { nowUs, sleep, waitFor } from './time';

/** Written by the probe's writer: `[seq:sendTimeUs]`, read back from the raw update. */
const STAMP = /\[(\d+):(\d+)\]/g;
/** An HTTP probe that takes longer than this counts as failed. */
const HTTP_TIMEOUT_MS = 10_000;

/** One probe: when it was sent, and its round trip (null: no answer, or an HTTP error). */
export interface Ping {
  sentUs: number;
  latencyUs: number | null;
}

export interface ProbeSamples {
  /** Edit round trips: the writer's insert → the reader's receipt. */
  edits: Ping[];
  /** GET /healthz round trips (Hocuspocus answers any path with a fixed text). */
  http: Ping[];
}

/** The pings sent in [fromUs, toUs]: their round trips, and how many got none. */
export function pingsBetween(
  pings: readonly Ping[],
  fromUs = 0,
  toUs = Number.POSITIVE_INFINITY,
): { latenciesUs: number[]; sent: number; lost: number } {
  const inside = pings.filter((ping) => ping.sentUs >= fromUs && ping.sentUs <= toUs);
  const latenciesUs = inside.flatMap((ping) => (ping.latencyUs === null ? [] : [ping.latencyUs]));
  return { latenciesUs, sent: inside.length, lost: inside.length - latenciesUs.length };
}

/**
 * A bystander on the server under load: a writer and a reader on their own small document. The
 * writer appends a stamped insert every `periodMs` (on an absolute schedule; ticks missed while
 * the bench's own thread was busy are skipped, not sent in a burst); the reader times each one's
 * arrival. Optionally also times GET /healthz, one request at a time. Both run on the main
 * thread, which the scenarios keep idle while the load runs in worker threads.
 */
export class Probe {
  private readonly sentAt = new Map<number, number>();
  private readonly latencyBySeq = new Map<number, number>();
  private http: Ping[] = [];
  private phaseFirstSeq = 0;
  private seq = 0;
  private running = false;
  private loops: Promise<void>[] = [];

  private constructor(
    private readonly server: ServerHandle,
    private readonly writer: BenchClient,
    private readonly reader: BenchClient,
    private readonly periodMs: number,
    private readonly withHttp: boolean,
  ) {}

  static async connect(
    server: ServerHandle,
    docId: string,
    options: { periodMs: number; http: boolean },
  ): Promise<Probe> {
    const { kind, port, token } = server;
    const writer = new BenchClient({ kind, port, token, docId, applyRemote: false });
    let probe: Probe | null = null;
    const reader = new BenchClient({
      kind,
      port,
      token,
      docId,
      applyRemote: false,
      onRemoteUpdate: (update) => probe?.record(update),
    });
    await Promise.all([writer.connect(), reader.connect()]);
    probe = new Probe(server, writer, reader, options.periodMs, options.http);
    return probe;
  }

  /** Starts a measurement phase: writes (and polls HTTP) until `stop()`. */
  start(): void {
    if (this.running) throw new Error('probe already running');
    this.running = true;
    this.phaseFirstSeq = this.seq;
    this.latencyBySeq.clear();
    this.sentAt.clear();
    this.http = [];
    this.loops = [this.writeLoop(), ...(this.withHttp ? [this.httpLoop()] : [])];
  }

  /** Ends the phase; waits up to `graceMs` for stamps still on their way. */
  async stop(graceMs: number): Promise<ProbeSamples> {
    this.running = false;
    await Promise.all(this.loops);
    await waitFor(() => this.latencyBySeq.size >= this.sentAt.size, graceMs);
    const edits = [...this.sentAt].map(([seq, sentUs]) => ({
      sentUs,
      latencyUs: this.latencyBySeq.get(seq) ?? null,
    }));
    return { edits, http: this.http };
  }

  close(): void {
    this.running = false;
    this.writer.close();
    this.reader.close();
  }

  private record(update: Uint8Array): void {
    const now = nowUs();
    const text = Buffer.from(update.buffer, update.byteOffset, update.byteLength).toString(
      'latin1',
    );
    for (const match of text.matchAll(STAMP)) {
      const seq = Number(match[1]);
      if (seq >= this.phaseFirstSeq && this.sentAt.has(seq)) {
        this.latencyBySeq.set(seq, now - Number(match[2]));
      }
    }
  }

  private async writeLoop(): Promise<void> {
    const text = this.writer.doc.getText(TEXT_NAME);
    const start = performance.now();
    for (let tick = 0; this.running; ) {
      const seq = this.seq++;
      const t = nowUs();
      this.sentAt.set(seq, t);
      text.insert(text.length, `[${seq}:${t}]`);
      // The next tick on the schedule that is still ahead.
      tick = Math.max(tick + 1, Math.ceil((performance.now() - start) / this.periodMs));
      await sleep(Math.max(0, start + tick * this.periodMs - performance.now()));
    }
  }

  private async httpLoop(): Promise<void> {
    const url = `http://127.0.0.1:${this.server.port}/healthz`;
    const start = performance.now();
    for (let tick = 0; this.running; ) {
      const sentUs = nowUs();
      let latencyUs: number | null = null;
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(HTTP_TIMEOUT_MS) });
        await response.arrayBuffer();
        if (response.status === 200) latencyUs = nowUs() - sentUs;
      } catch {
        // Timed out or refused: recorded as a ping without an answer.
      }
      this.http.push({ sentUs, latencyUs });
      tick = Math.max(tick + 1, Math.ceil((performance.now() - start) / this.periodMs));
      await sleep(Math.max(0, start + tick * this.periodMs - performance.now()));
    }
  }
}
