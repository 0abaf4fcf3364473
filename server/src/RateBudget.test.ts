import { describe, expect, it } from 'vitest';
import { RateBudget } from './RateBudget';

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
