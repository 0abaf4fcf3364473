import { describe, expect, it } from 'vitest';
import { KeyedRate, RateBudget } from './RateBudget';

const RATES = { chat: { perSecond: 10, burst: 3 }, vote: { perSecond: 1, burst: 1 } };

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('RateBudget', () => {
  it('take: a burst at once, then the rate; the debt says how long to wait', () => {
    const c = clock();
    const budget = new RateBudget(RATES, c.now);
    expect([budget.take('chat'), budget.take('chat'), budget.take('chat')]).toEqual([0, 0, 0]);
    expect(budget.take('chat')).toBe(100);
    expect(budget.take('chat')).toBe(200);
    // 300 ms pay off the debt of two and refill one.
    c.advance(300);
    expect(budget.take('chat')).toBe(0);
    expect(budget.take('chat')).toBe(100);
  });

  it('tryTake: refuses past the budget without going into debt, and refills with time', () => {
    const c = clock();
    const budget = new RateBudget(RATES, c.now);
    expect([1, 2, 3, 4, 5].map(() => budget.tryTake('chat'))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    // Refusals took nothing: a tenth of a second later there is one token again, not a debt.
    c.advance(100);
    expect(budget.tryTake('chat')).toBe(true);
    expect(budget.tryTake('chat')).toBe(false);
    // Never more than the burst, however long the quiet.
    c.advance(60_000);
    expect([1, 2, 3, 4].map(() => budget.tryTake('chat'))).toEqual([true, true, true, false]);
  });

  it('keeps each kind apart', () => {
    const budget = new RateBudget(RATES, clock().now);
    for (let i = 0; i < 10; i++) budget.tryTake('chat');
    expect(budget.tryTake('vote')).toBe(true);
    expect(budget.tryTake('vote')).toBe(false);
  });
});

describe('KeyedRate', () => {
  it('gives each key its own bucket and says how long a refused key waits', () => {
    const c = clock();
    const rate = new KeyedRate({ perSecond: 2, burst: 2 }, c.now);
    expect([rate.tryTake('ann'), rate.tryTake('ann')]).toEqual([0, 0]);
    expect(rate.tryTake('ann')).toBe(500);
    expect(rate.tryTake('bo')).toBe(0);
    c.advance(250);
    expect(rate.tryTake('ann')).toBe(250);
    c.advance(250);
    expect(rate.tryTake('ann')).toBe(0);
  });

  it('forgets keys that have filled up again, keeping the busy ones', () => {
    const c = clock();
    const rate = new KeyedRate({ perSecond: 1, burst: 1 }, c.now);
    for (let i = 0; i < 500; i++) rate.tryTake(`quiet-${i}`);
    c.advance(5_000);
    rate.tryTake('busy');
    for (let i = 0; i < 499; i++) rate.tryTake('busy');
    // The 1,000th take prunes: the quiet keys refilled long ago, the busy one is in debt.
    expect(rate.size).toBe(1);
    expect(rate.tryTake('busy')).toBeGreaterThan(0);
  });
});
