import { describe, expect, it } from 'vitest';
import { scheduledStart } from './scheduleTime';

describe('scheduledStart', () => {
  it('reads yyyy-mm-dd and a 24-hour hh:mm as local time', () => {
    expect(scheduledStart('2026-11-29', '14:30')).toBe(new Date(2026, 10, 29, 14, 30).getTime());
    expect(scheduledStart(' 2026-11-29 ', '09:05 ')).toBe(new Date(2026, 10, 29, 9, 5).getTime());
  });

  it('is not scheduled when both are empty', () => {
    expect(scheduledStart('', '')).toBeNull();
  });

  it('refuses a browser-style or half-written date or time', () => {
    expect(scheduledStart('11/29/2026', '14:30')).toBe('invalid');
    expect(scheduledStart('2026-11-29', '2:30 PM')).toBe('invalid');
    expect(scheduledStart('2026-11-29', '24:00')).toBe('invalid');
    expect(scheduledStart('2026-11-29', '')).toBe('invalid');
    expect(scheduledStart('', '14:30')).toBe('invalid');
    expect(scheduledStart('2026-02-30', '14:30')).toBe('invalid');
  });
});
