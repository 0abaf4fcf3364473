import { describe, expect, it } from 'vitest';
import { loadBar } from './weeklyLoadBar';

describe('loadBar', () => {
  it('[R16] shows 28.25 as 28.25, flagged over a ceiling of 28', () => {
    expect(loadBar(28.25, 28, true)).toEqual({ value: '28.25', over: true });
  });

  it('[R16] rounds to two decimals and flags on the value shown', () => {
    expect(loadBar(26.75, 28, true)).toEqual({ value: '26.75', over: false });
    expect(loadBar(30.210526, 28, true)).toEqual({ value: '30.21', over: true });
    expect(loadBar(28.001, 28, true)).toEqual({ value: '28', over: false });
    expect(loadBar(28, 28, true)).toEqual({ value: '28', over: false });
  });

  it('shows nothing for an empty term, and no flag when the rule is off', () => {
    expect(loadBar(0, 28, true)).toEqual({ value: '', over: false });
    expect(loadBar(40, 28, false)).toEqual({ value: '40', over: false });
  });
});
