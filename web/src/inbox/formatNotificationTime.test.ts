import { describe, expect, it } from 'vitest';
import { formatNotificationTime } from './formatNotificationTime';

describe('formatNotificationTime', () => {
  const now = Date.parse('2026-03-12T08:00:00Z');
  it('says how long ago within a week, in the reader’s language', () => {
    expect(formatNotificationTime('2026-03-12T07:55:00Z', 'en', now)).toBe('5 minutes ago');
    expect(formatNotificationTime('2026-03-12T07:55:00Z', 'zh-CN', now)).toBe('5分钟前');
    expect(formatNotificationTime('2026-03-11T08:00:00Z', 'en', now)).toBe('yesterday');
    expect(formatNotificationTime('2026-03-12T07:59:59Z', 'en', now)).toBe('now');
  });
  it('gives the date after a week, and an unreadable time as it came', () => {
    expect(formatNotificationTime('2026-01-02T08:00:00Z', 'en', now)).toBe('Jan 2, 2026');
    expect(formatNotificationTime('not a date', 'en', now)).toBe('not a date');
  });
});
