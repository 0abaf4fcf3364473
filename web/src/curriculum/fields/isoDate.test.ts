import { describe, expect, it } from 'vitest';
import { isIsoDate, longDate } from './isoDate';

describe('isoDate', () => {
  it('accepts real yyyy-mm-dd dates only', () => {
    expect(isIsoDate('2024-06-28')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('06/28/2024')).toBe(false);
    expect(isIsoDate('2024-6-28')).toBe(false);
  });

  it('writes the day in full in the app language, whatever the browser’s locale', () => {
    expect(longDate('2024-06-28', 'en')).toBe('June 28, 2024');
    expect(longDate('2024-06-28', 'zh-CN')).toBe('2024年6月28日');
    expect(longDate('2024-01-01', 'en')).toBe('January 1, 2024');
    expect(longDate('28/06/2024', 'en')).toBeNull();
  });
});
