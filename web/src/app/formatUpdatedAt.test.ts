import { describe, expect, it } from 'vitest';
import { formatUpdatedAt } from './formatUpdatedAt';

const now = Date.parse('2025-03-10T12:00:00Z');

describe('formatUpdatedAt', () => {
  it('says "just now" for the last minute', () => {
    expect(formatUpdatedAt('2025-03-10T11:59:30Z', 'en', now)).toEqual({ kind: 'just-now' });
  });

  it('is relative for the last week, in the UI language', () => {
    expect(formatUpdatedAt('2025-03-10T11:55:00Z', 'en', now)).toEqual({
      kind: 'relative',
      text: '5 minutes ago',
    });
    expect(formatUpdatedAt('2025-03-10T11:55:00Z', 'zh-CN', now)).toEqual({
      kind: 'relative',
      text: '5分钟前',
    });
    expect(formatUpdatedAt('2025-03-09T12:00:00Z', 'en', now)).toEqual({
      kind: 'relative',
      text: 'yesterday',
    });
  });

  it('is a date for older changes', () => {
    expect(formatUpdatedAt('2024-12-01T08:00:00Z', 'en', now).kind).toBe('date');
    expect(formatUpdatedAt('2024-12-01T08:00:00Z', 'en', now)).toMatchObject({
      text: expect.stringMatching(/Dec 1, 2024/),
    });
    expect(formatUpdatedAt('2024-12-01T08:00:00Z', 'zh-CN', now)).toMatchObject({
      text: expect.stringMatching(/2024年12月1日/),
    });
  });

  it('does not print "Invalid Date"', () => {
    expect(formatUpdatedAt('not a date', 'en', now)).toEqual({ kind: 'date', text: 'not a date' });
  });
});
