/**
 * How long a room holds awareness changes before sending them together: (sockets / 20)² ms, at
 * most 40 ms. Cursors and presence are state, not a log: a client only needs each entry's newest
 * state, so what changes within one tick goes out as one frame. Without it the writes grow with
 * the square of the room (each of n people's moves goes to n sockets), so the tick does too: a
 * room of ten waits 0.25 ms, thirty 2.25 ms, and a hundred, where sending every move meant
 * ~100,000 writes a second, 25 ms (measured: 0.23x y-websocket's CPU there, p99 29 ms; a flat
 * 7.75 ms at thirty added 3 ms to every cursor and saved no CPU).
 */
export function awarenessTickMs(sockets: number): number {
  return Math.min(40, (sockets / 20) ** 2);
}

/**
 * Coalesces a room's awareness changes into at most one send per tick. The first change after a
 * quiet tick goes out at once (a lone cursor is never delayed); changes that follow within the
 * tick are collected and sent together when it ends, each entry once with its newest state, in
 * one encoding instead of one per change.
 */
export class AwarenessTicker {
  private readonly pending = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private lastSent = Number.NEGATIVE_INFINITY;

  constructor(
    /** Sends the newest state of these entries (null for those removed) to every socket. */
    private readonly send: (clientIds: number[]) => void,
    /** The tick's length now (it follows the room's size). */
    private readonly tickMs: () => number,
  ) {}

  changed(clientIds: Iterable<number>): void {
    for (const id of clientIds) this.pending.add(id);
    if (this.timer || this.pending.size === 0) return;
    const wait = this.lastSent + this.tickMs() - performance.now();
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
