/** How often something may happen: `burst` times at once, then `perSecond` on average. */
export interface Rate {
  perSecond: number;
  burst: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

const monotonicNow = () => performance.now();

/** Refills `bucket` for the time since it was last seen, up to the burst. */
function refill(bucket: Bucket, { perSecond, burst }: Rate, now: number): Bucket {
  bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) * perSecond) / 1000);
  bucket.at = now;
  return bucket;
}

/**
 * Token buckets, one per kind, each refilling at its kind's rate up to its burst. `take` lets a
 * use run into debt and says how long it must wait (the sync path pauses the socket meanwhile);
 * `tryTake` refuses instead, and a refusal costs nothing (socket.io events are answered at once).
 */
export class RateBudget<K extends string> {
  private readonly buckets = new Map<K, Bucket>();

  constructor(
    private readonly rates: Readonly<Record<K, Rate>>,
    private readonly now: () => number = monotonicNow,
  ) {}

  /** Takes a token for `kind`; returns how many ms the use must wait for it (0: none). */
  take(kind: K): number {
    const bucket = this.bucket(kind);
    bucket.tokens -= 1;
    const { perSecond } = this.rates[kind];
    return bucket.tokens >= 0 ? 0 : (-bucket.tokens * 1000) / perSecond;
  }

  /** Takes a token for `kind` if one is there; false (and nothing taken) when none is. */
  tryTake(kind: K): boolean {
    const bucket = this.bucket(kind);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  private bucket(kind: K): Bucket {
    const rate = this.rates[kind];
    const now = this.now();
    let bucket = this.buckets.get(kind);
    if (!bucket) {
      bucket = { tokens: rate.burst, at: now };
      this.buckets.set(kind, bucket);
    }
    return refill(bucket, rate, now);
  }
}

/**
 * One rate for many keys (people, addresses), each with its own bucket. Keys whose bucket has
 * filled up again are forgotten now and then: they are as good as new, and the map stays the
 * size of who has been busy lately.
 */
export class KeyedRate {
  private readonly buckets = new Map<string, Bucket>();
  private sincePrune = 0;

  constructor(
    private readonly rate: Rate,
    private readonly now: () => number = monotonicNow,
  ) {}

  /** Takes a token for `key`: 0 when there was one, else the ms until there is (none taken). */
  tryTake(key: string): number {
    const now = this.now();
    if (++this.sincePrune >= 1_000) this.prune(now);
    const bucket = refill(
      this.buckets.get(key) ?? { tokens: this.rate.burst, at: now },
      this.rate,
      now,
    );
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return ((1 - bucket.tokens) * 1000) / this.rate.perSecond;
    bucket.tokens -= 1;
    return 0;
  }

  /** Keys with a bucket now. */
  get size(): number {
    return this.buckets.size;
  }

  private prune(now: number): void {
    this.sincePrune = 0;
    for (const [key, bucket] of this.buckets) {
      if (refill(bucket, this.rate, now).tokens >= this.rate.burst) this.buckets.delete(key);
    }
  }
}
