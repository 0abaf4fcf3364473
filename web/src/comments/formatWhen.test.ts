import { describe, expect, it } from 'vitest';
import { formatWhen } from './formatWhen';

describe('formatWhen', () => {
  const now = new Date(2026, 10, 29, 16, 0);

  it('shows only the time for today', () => {
    const today = new Date(2026, 10, 29, 9, 5).toISOString();
    expect(formatWhen(today, 'en-US', now)).toBe('9:05 AM');
  });

  it('adds the day for earlier this year, and the year before that', () => {
    expect(formatWhen(new Date(2026, 2, 1, 14, 5).toISOString(), 'en-US', now)).toBe(
      'Mar 1, 2:05 PM',
    );
    expect(formatWhen(new Date(2025, 2, 1).toISOString(), 'en-US', now)).toBe('Mar 1, 2025');
  });

  it('leaves an unreadable time as it came', () => {
    expect(formatWhen('not a time', 'en-US', now)).toBe('not a time');
  });
});
