/**
 * How failed password checks slow the next ones. Documented in the README (Security).
 *
 * - Per account and address pair: the first `freeFailures` failures cost nothing; after that
 *   each failure locks that pair for `baseDelayMs`, doubling with every further failure up to
 *   `maxDelayMs`. Someone guessing from one address gets a handful of tries an hour; the
 *   account holder at another address is not slowed at all.
 * - Per address, whatever the accounts: `addressBudget` failures per `windowMs`, then that
 *   address is refused until its oldest failure ages out. Spraying many accounts costs the same.
 * - Per account, from everywhere: once `accountAlarm` failures arrive in a window, an address
 *   that has already failed for the account gets a single free failure, not `freeFailures`.
 *   An address that never failed (the holder's own) is still never delayed.
 */
export interface ThrottlePolicy {
  freeFailures: number;
  baseDelayMs: number;
  maxDelayMs: number;
  windowMs: number;
  addressBudget: number;
  accountAlarm: number;
}

export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  freeFailures: 5,
  baseDelayMs: 60_000,
  maxDelayMs: 15 * 60_000,
  windowMs: 60 * 60_000,
  addressBudget: 30,
  accountAlarm: 20,
};

/** Entries beyond this many keys are swept of expired failures, so memory stays bounded. */
const SWEEP_AT = 10_000;

/**
 * One throttle for every password check (sign-in, invitation accept, password change).
 * In memory: a restart forgets failures, an accepted trade for a single-node default.
 */
export class PasswordThrottle {
  private readonly pairs = new Map<string, number[]>();
  private readonly addresses = new Map<string, number[]>();
  private readonly accounts = new Map<string, number[]>();

  constructor(private readonly policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY) {}

  /** Milliseconds until this account may be tried from this address, or 0 when it may now. */
  lockedFor(account: string, address: string | null, now = Date.now()): number {
    return Math.max(this.pairWait(account, address, now), this.addressWait(address, now));
  }

  fail(account: string, address: string | null, now = Date.now()): void {
    const addr = address ?? 'unknown';
    if (this.pairs.size + this.addresses.size > SWEEP_AT) this.sweep(now);
    push(this.pairs, pairKey(account, addr), now);
    push(this.addresses, addr, now);
    push(this.accounts, account, now);
  }

  /** A right password clears that pair's failures; the address budget and alarm stay. */
  succeed(account: string, address: string | null): void {
    this.pairs.delete(pairKey(account, address ?? 'unknown'));
  }

  /** After a password reset the account starts clean everywhere. */
  forgetAccount(account: string): void {
    this.accounts.delete(account);
    for (const key of this.pairs.keys()) {
      if (key.startsWith(`${account}\n`)) this.pairs.delete(key);
    }
  }

  private pairWait(account: string, address: string | null, now: number): number {
    const failures = this.recent(this.pairs, pairKey(account, address ?? 'unknown'), now);
    const alarmed = this.recent(this.accounts, account, now).length >= this.policy.accountAlarm;
    const free = alarmed ? 1 : this.policy.freeFailures;
    if (failures.length < free) return 0;
    const delay = Math.min(
      this.policy.maxDelayMs,
      this.policy.baseDelayMs * 2 ** Math.min(30, failures.length - free),
    );
    return Math.max(0, (failures.at(-1) ?? now) + delay - now);
  }

  private addressWait(address: string | null, now: number): number {
    const failures = this.recent(this.addresses, address ?? 'unknown', now);
    if (failures.length < this.policy.addressBudget) return 0;
    const oldest = failures[failures.length - this.policy.addressBudget] ?? now;
    return Math.max(0, oldest + this.policy.windowMs - now);
  }

  private recent(map: Map<string, number[]>, key: string, now: number): number[] {
    const horizon = now - Math.max(this.policy.windowMs, this.policy.maxDelayMs);
    const kept = (map.get(key) ?? []).filter((t) => t > horizon);
    if (kept.length === 0) map.delete(key);
    else map.set(key, kept);
    return kept;
  }

  private sweep(now: number): void {
    for (const map of [this.pairs, this.addresses, this.accounts]) {
      for (const key of [...map.keys()]) this.recent(map, key, now);
    }
  }
}

const pairKey = (account: string, address: string) => `${account}\n${address}`;

function push(map: Map<string, number[]>, key: string, now: number): void {
  const list = map.get(key) ?? [];
  list.push(now);
  map.set(key, list);
}
