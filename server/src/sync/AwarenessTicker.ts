/**
 * How often, at most, a room sends awareness to its sockets. Cursors and presence are state, not
 * a log: a client only needs each entry's newest state, so what changes within one tick goes out
 * as one frame. 25 ms keeps a cursor well under a frame of latency behind at 40 frames a second.
 */
export const AWARENESS_TICK_MS = 25;

/**
 * Coalesces a room's awareness changes into at most one send per tick. The first change after a
 * quiet tick goes out at once (a lone cursor is never delayed); changes that follow within the
 * tick are collected and sent together when it ends, each entry once with its newest state.
 * With 100 people moving their cursors ten times a second that is ~40 frames a second to each
 * socket instead of ~1,000, and one encoding per frame instead of one per change.
 */
export class AwarenessTicker {
  private readonly pending = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private lastSent = Number.NEGATIVE_INFINITY;

  constructor(
    /** Sends the newest state of these entries (null for those removed) to every socket. */
    private readonly send: (clientIds: number[]) => void,
    private readonly tickMs: number = AWARENESS_TICK_MS,
  ) {}

  changed(clientIds: Iterable<number>): void {
    for (const id of clientIds) this.pending.add(id);
    if (this.timer || this.pending.size === 0) return;
    const wait = this.lastSent + this.tickMs - performance.now();
    if (wait <= 0) this.flush();
    else this.timer = setTimeout(this.flush, wait);
  }

  /** Drops what is pending; nothing is sent after this. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
  }

  private readonly flush = (): void => {
    this.timer = null;
    this.lastSent = performance.now();
    const ids = [...this.pending];
    this.pending.clear();
    this.send(ids);
  };
}
