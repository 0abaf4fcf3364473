/**
 * Locks an account for a while after repeated failed sign-ins, so passwords cannot be guessed
 * at speed (the per-IP rate limit on the route guards against spraying many accounts).
 * In memory: a restart forgets failures, an accepted trade for a single-node default.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 5,
    private readonly windowMs = 15 * 60_000,
    private readonly lockMs = 15 * 60_000,
  ) {}

  /** Milliseconds until the account may try again, or 0 when it may try now. */
  lockedFor(key: string, now = Date.now()): number {
    const recent = this.recent(key, now);
    if (recent.length < this.maxFailures) return 0;
    const last = recent[recent.length - 1] ?? now;
    return Math.max(0, last + this.lockMs - now);
  }

  fail(key: string, now = Date.now()): void {
    const recent = this.recent(key, now);
    recent.push(now);
    this.failures.set(key, recent);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const horizon = now - Math.max(this.windowMs, this.lockMs);
    return (this.failures.get(key) ?? []).filter((t) => t > horizon);
  }
}
