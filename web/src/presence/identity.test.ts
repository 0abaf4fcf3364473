import { describe, expect, it } from 'vitest';
import { CALM_PALETTE, colorForName, initialsForName } from './identity';

describe('initialsForName', () => {
  it('uses first and last initials of Latin names', () => {
    expect(initialsForName('Li Na')).toBe('LN');
    expect(initialsForName('wang xiao ming')).toBe('WM');
    expect(initialsForName('Alice')).toBe('A');
  });

  it('uses the last two characters of Chinese names', () => {
    expect(initialsForName('王晓明')).toBe('晓明');
    expect(initialsForName('李 娜')).toBe('李娜');
  });

  it('ignores a parenthesised affiliation', () => {
    expect(initialsForName('Liu Ting (JD)')).toBe('LT');
    expect(initialsForName('刘婷（京东）')).toBe('刘婷');
  });

  it('never returns an empty avatar', () => {
    expect(initialsForName('   ')).toBe('?');
    expect(initialsForName('(JD)')).toBe('J');
  });
});

describe('colorForName', () => {
  it('is stable and from the palette', () => {
    expect(colorForName('Li Na')).toBe(colorForName('li na '));
    expect(CALM_PALETTE).toContain(colorForName('王晓明'));
  });
});
