import { describe, expect, it } from 'vitest';
import { shareRows, shareValue } from './shareRows';

describe('structural sharing between reads', () => {
  it('keeps unchanged rows and the list itself when nothing changed', () => {
    const a = [
      { id: 'x', h: 1 },
      { id: 'y', h: 2 },
    ];
    const again = [
      { id: 'x', h: 1 },
      { id: 'y', h: 2 },
    ];
    expect(shareRows(a, again)).toBe(a);
  });

  it('replaces only the changed row, and follows a new order', () => {
    const a = [
      { id: 'x', h: 1 },
      { id: 'y', h: 2 },
    ];
    const next = shareRows(a, [
      { id: 'y', h: 2 },
      { id: 'x', h: 3 },
    ]);
    expect(next).not.toBe(a);
    expect(next[0]).toBe(a[1]);
    expect(next[1]).toEqual({ id: 'x', h: 3 });
    expect(shareValue({ a: 1 }, { a: 1 })).toEqual({ a: 1 });
    const kept = { a: 1 };
    expect(shareValue(kept, { a: 1 })).toBe(kept);
  });
});
