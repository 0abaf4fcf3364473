import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AwarenessTicker, awarenessTickMs } from './AwarenessTicker';

describe('AwarenessTicker', () => {
  let sent: number[][];
  let ticker: AwarenessTicker;
  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    ticker = new AwarenessTicker(
      (ids) => sent.push(ids),
      () => 25,
    );
  });
  afterEach(() => {
    ticker.stop();
    vi.useRealTimers();
  });

  it('sends the first change after a quiet tick at once', () => {
    ticker.changed([7]);
    expect(sent).toEqual([[7]]);
    vi.advanceTimersByTime(100);
    ticker.changed([8]);
    expect(sent).toEqual([[7], [8]]);
  });

  it('collects what changes within the tick into one send, each entry once', () => {
    ticker.changed([1]);
    ticker.changed([2, 3]);
    ticker.changed([2]);
    vi.advanceTimersByTime(10);
    ticker.changed([1]);
    expect(sent).toEqual([[1]]);
    vi.advanceTimersByTime(15);
    expect(sent).toEqual([[1], [2, 3, 1]]);
    // The tick that just sent is not quiet: the next change waits for its end.
    ticker.changed([4]);
    expect(sent).toHaveLength(2);
    vi.advanceTimersByTime(25);
    expect(sent).toEqual([[1], [2, 3, 1], [4]]);
  });

  it('sends nothing for an empty change, and nothing after stop', () => {
    ticker.changed([]);
    expect(sent).toEqual([]);
    ticker.changed([1]);
    ticker.changed([2]);
    ticker.stop();
    vi.advanceTimersByTime(100);
    expect(sent).toEqual([[1]]);
  });

  it('holds changes longer the more sockets each one goes to, up to 40 ms', () => {
    expect(awarenessTickMs(10)).toBe(0.25);
    expect(awarenessTickMs(30)).toBe(2.25);
    expect(awarenessTickMs(100)).toBe(25);
    expect(awarenessTickMs(1_000)).toBe(40);
  });
});
