import { describe, expect, it } from 'vitest';
import { localDateTime } from './localDateTime';

describe('localDateTime', () => {
  it('reads yyyy-mm-dd and a 24-hour hh:mm as local time', () => {
    expect(localDateTime('2026-11-29', '14:30')).toBe(new Date(2026, 10, 29, 14, 30).getTime());
    expect(localDateTime(' 2026-11-29 ', '09:05 ')).toBe(new Date(2026, 10, 29, 9, 5).getTime());
  });

  it('is nothing when both are empty', () => {
    expect(localDateTime('', '')).toBeNull();
  });

  it('refuses a browser-style or half-written date or time', () => {
    expect(localDateTime('11/29/2026', '14:30')).toBe('invalid');
    expect(localDateTime('2026-11-29', '2:30 PM')).toBe('invalid');
    expect(localDateTime('2026-11-29', '24:00')).toBe('invalid');
    expect(localDateTime('2026-11-29', '')).toBe('invalid');
    expect(localDateTime('', '14:30')).toBe('invalid');
    expect(localDateTime('2026-02-30', '14:30')).toBe('invalid');
  });
});
