import { describe, expect, it } from 'vitest';
import { fieldForHeader, findHeaderRow, guessMapping } from './importFields';

describe('guessMapping', () => {
  it('maps the Chinese headers of a course list', () => {
    const mapping = guessMapping([
      '序号',
      '课程代码',
      '课程名称',
      '理论学时',
      '实践学时',
      '学分',
      '开设学期',
      '课程性质',
      '考核方式',
    ]);
    expect(mapping).toEqual({
      code: 1,
      name: 2,
      hoursTheory: 3,
      hoursPractice: 4,
      credits: 5,
      terms: 6,
      nature: 7,
      assessment: 8,
    });
  });

  it('maps English headers regardless of case, spaces and brackets', () => {
    const mapping = guessMapping([
      'Course Code',
      'Name',
      'Hours (theory)',
      'hours_practice',
      'Credits',
    ]);
    expect(mapping.code).toBe(0);
    expect(mapping.name).toBe(1);
    expect(mapping.hoursTheory).toBe(2);
    expect(mapping.hoursPractice).toBe(3);
    expect(mapping.credits).toBe(4);
    expect(mapping.terms).toBeNull();
  });

  it('gives a field only its first column', () => {
    expect(guessMapping(['代码', '课程代码']).code).toBe(0);
  });

  it('leaves unknown headers unmapped', () => {
    expect(fieldForHeader('备注')).toBeNull();
    expect(fieldForHeader('')).toBeNull();
  });
});

describe('findHeaderRow', () => {
  it('skips a title line above the header', () => {
    const rows = [
      ['电子商务专业课程设置表'],
      [],
      ['课程代码', '课程名称', '学分'],
      ['A1', 'x', '2'],
    ];
    expect(findHeaderRow(rows)).toBe(2);
  });

  it('falls back to the first non-empty row', () => {
    expect(findHeaderRow([[''], ['a', 'b'], ['c', 'd']])).toBe(1);
  });
});
