import { describe, expect, it } from 'vitest';
import { onlineDelay, RECONNECT_BASE_MS, RECONNECT_MAX_MS, reconnectDelay } from './reconnectDelay';

describe('reconnectDelay', () => {
  it('grows exponentially and stays within [step/2, step]', () => {
    expect(reconnectDelay(1, () => 0)).toBe(RECONNECT_BASE_MS / 2);
    expect(reconnectDelay(1, () => 1)).toBe(RECONNECT_BASE_MS);
    expect(reconnectDelay(3, () => 0)).toBe(RECONNECT_BASE_MS * 2);
    expect(reconnectDelay(3, () => 1)).toBe(RECONNECT_BASE_MS * 4);
  });

  it('is capped', () => {
    expect(reconnectDelay(50, () => 1)).toBe(RECONNECT_MAX_MS);
    expect(reconnectDelay(50, () => 0)).toBe(RECONNECT_MAX_MS / 2);
  });

  it('spreads clients that retry at the same attempt', () => {
    const delays = new Set(Array.from({ length: 50 }, () => reconnectDelay(4)));
    expect(delays.size).toBeGreaterThan(25);
  });

  it('reconnects soon when the network comes back', () => {
    expect(onlineDelay(() => 1)).toBeLessThanOrEqual(RECONNECT_BASE_MS * 2);
  });
});
