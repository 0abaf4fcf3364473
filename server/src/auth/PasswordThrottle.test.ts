import { describe, expect, it } from 'vitest';
import { DEFAULT_THROTTLE_POLICY, PasswordThrottle } from './PasswordThrottle';

const MIN = 60_000;

describe('PasswordThrottle', () => {
  it('lets five failures pass, then doubles the wait per failure up to fifteen minutes', () => {
    const t = new PasswordThrottle();
    const now = 1_000_000;
    for (let i = 0; i < 4; i++) t.fail('leader@x', '10.0.0.66', now);
    expect(t.lockedFor('leader@x', '10.0.0.66', now)).toBe(0);
    t.fail('leader@x', '10.0.0.66', now);
    expect(t.lockedFor('leader@x', '10.0.0.66', now)).toBe(MIN);
    t.fail('leader@x', '10.0.0.66', now);
    expect(t.lockedFor('leader@x', '10.0.0.66', now)).toBe(2 * MIN);
    for (let i = 0; i < 10; i++) t.fail('leader@x', '10.0.0.66', now);
    expect(t.lockedFor('leader@x', '10.0.0.66', now)).toBe(15 * MIN);
  });

  it('never slows the account holder at another address, even under a spread-out attack', () => {
    const t = new PasswordThrottle();
    const now = 1_000_000;
    for (let a = 0; a < 40; a++) t.fail('leader@x', `10.0.${a}.1`, now);
    expect(t.lockedFor('leader@x', '192.168.1.20', now)).toBe(0);
    // …while an attacking address that already failed gets no further free tries.
    expect(t.lockedFor('leader@x', '10.0.3.1', now)).toBeGreaterThan(0);
  });

  it('caps failures per address across accounts (password spraying)', () => {
    const t = new PasswordThrottle();
    const now = 1_000_000;
    for (let i = 0; i < DEFAULT_THROTTLE_POLICY.addressBudget; i++) {
      t.fail(`user${i}@x`, '10.0.0.66', now);
    }
    expect(t.lockedFor('someone-new@x', '10.0.0.66', now)).toBe(DEFAULT_THROTTLE_POLICY.windowMs);
    expect(t.lockedFor('someone-new@x', '10.0.0.67', now)).toBe(0);
    expect(t.lockedFor('someone-new@x', '10.0.0.66', now + DEFAULT_THROTTLE_POLICY.windowMs)).toBe(
      0,
    );
  });

  it('clears a pair on success and the whole account after a reset', () => {
    const t = new PasswordThrottle();
    const now = 1_000_000;
    for (let i = 0; i < 6; i++) t.fail('a@x', '10.0.0.1', now);
    expect(t.lockedFor('a@x', '10.0.0.1', now)).toBeGreaterThan(0);
    t.forgetAccount('a@x');
    expect(t.lockedFor('a@x', '10.0.0.1', now)).toBe(0);
  });
});
