/** How often something may happen: `burst` times at once, then `perSecond` on average. */
export interface Rate {
  perSecond: number;
  burst: number;
}

const monotonicNow = () => performance.now();

/**
 * Token buckets, one per kind, each refilling at its kind's rate up to its burst. `take` lets a
 * use run into debt and says how long it must wait (the sync path pauses the socket meanwhile);
 * `tryTake` refuses instead, and a refusal costs nothing (socket.io events are answered at once).
 */
export class RateBudget<K extends string> {
  private readonly buckets = new Map<K, { tokens: number; at: number }>();

  constructor(
    private readonly rates: Readonly<Record<K, Rate>>,
    private readonly now: () => number = monotonicNow,
  ) {}

  /** Takes a token for `kind`; returns how many ms the use must wait for it (0: none). */
  take(kind: K): number {
    const bucket = this.refill(kind);
    bucket.tokens -= 1;
    const { perSecond } = this.rates[kind];
    return bucket.tokens >= 0 ? 0 : (-bucket.tokens * 1000) / perSecond;
  }

  /** Takes a token for `kind` if one is there; false (and nothing taken) when none is. */
  tryTake(kind: K): boolean {
    const bucket = this.refill(kind);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  private refill(kind: K): { tokens: number; at: number } {
    const { perSecond, burst } = this.rates[kind];
    const now = this.now();
    let bucket = this.buckets.get(kind);
    if (!bucket) {
      bucket = { tokens: burst, at: now };
      this.buckets.set(kind, bucket);
    }
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) * perSecond) / 1000);
    bucket.at = now;
    return bucket;
  }
}
