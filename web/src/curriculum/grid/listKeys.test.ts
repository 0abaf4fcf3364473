import { describe, expect, it } from 'vitest';
import { listKeyIndex } from './listKeys';

describe('list keys', () => {
  it('moves within a listbox without wrapping', () => {
    expect(listKeyIndex('ArrowDown', 2, 3, false)).toBe(2);
    expect(listKeyIndex('ArrowUp', 0, 3, false)).toBe(0);
    expect(listKeyIndex('End', 0, 3, false)).toBe(2);
  });
  it('wraps round in a menu, and ignores other keys', () => {
    expect(listKeyIndex('ArrowDown', 2, 3, true)).toBe(0);
    expect(listKeyIndex('ArrowUp', 0, 3, true)).toBe(2);
    expect(listKeyIndex('a', 0, 3, true)).toBeNull();
    expect(listKeyIndex('Home', 0, 0, true)).toBeNull();
  });
});
