/** What a connection may send per second, and in one burst, by kind of frame. */
export const FRAME_RATES = {
  'sync-step-1': { perSecond: 4, burst: 16 },
  update: { perSecond: 200, burst: 1_000 },
  awareness: { perSecond: 60, burst: 200 },
  'query-awareness': { perSecond: 4, burst: 16 },
  auth: { perSecond: 4, burst: 16 },
} as const;

export type FrameKind = keyof typeof FRAME_RATES;

const monotonicNow = () => performance.now();

/**
 * Token buckets, one per kind of frame. A frame over budget is not refused: it waits, and
 * while it waits the connection stops reading (see SyncConnection), so a flooding client
 * slows down to the budget at the cost of its own TCP buffers, not the server's memory.
 */
export class FrameBudget {
  private readonly buckets = new Map<FrameKind, { tokens: number; at: number }>();

  constructor(private readonly now: () => number = monotonicNow) {}

  /** Takes a token for `kind`; returns how many ms the frame must wait for it (0: none). */
  take(kind: FrameKind): number {
    const { perSecond, burst } = FRAME_RATES[kind];
    const now = this.now();
    const bucket = this.buckets.get(kind) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) * perSecond) / 1000);
    bucket.at = now;
    bucket.tokens -= 1;
    this.buckets.set(kind, bucket);
    return bucket.tokens >= 0 ? 0 : (-bucket.tokens * 1000) / perSecond;
  }
}
