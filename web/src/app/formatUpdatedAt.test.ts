import { describe, expect, it } from 'vitest';
import { formatUpdatedAt } from './formatUpdatedAt';

const now = Date.parse('2025-03-10T12:00:00Z');

describe('formatUpdatedAt', () => {
  it('is relative for recent changes, in the UI language', () => {
    expect(formatUpdatedAt('2025-03-10T11:55:00Z', 'en', now)).toBe('5 minutes ago');
    expect(formatUpdatedAt('2025-03-10T11:55:00Z', 'zh-CN', now)).toBe('5分钟前');
    expect(formatUpdatedAt('2025-03-09T12:00:00Z', 'en', now)).toBe('yesterday');
  });

  it('is a date for older changes', () => {
    expect(formatUpdatedAt('2024-12-01T08:00:00Z', 'en', now)).toMatch(/Dec 1, 2024/);
    expect(formatUpdatedAt('2024-12-01T08:00:00Z', 'zh-CN', now)).toMatch(/2024年12月1日/);
  });

  it('does not print "Invalid Date"', () => {
    expect(formatUpdatedAt('not a date', 'en', now)).toBe('not a date');
  });
});
