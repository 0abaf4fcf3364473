import { describe, expect, it } from 'vitest';
import { buildImportPlan } from './buildImportPlan';
import { guessMapping } from './importFields';

const header = [
  '课程代码',
  '课程名称',
  '理论学时',
  '实践学时',
  '学分',
  '开设学期',
  '课程性质',
  '考核方式',
];
const existing = [{ id: 'crs-1', code: 'EC101' }];

function plan(rows: string[][], duplicates: 'update' | 'skip' = 'skip') {
  return buildImportPlan([header, ...rows], 0, guessMapping(header), existing, duplicates);
}

describe('buildImportPlan', () => {
  it('converts a good row into course values', () => {
    const result = plan([['NEW1', '直播运营', '32', '32', '4', '3、4', '必修', '考试']]);
    expect(result.counts).toEqual({ add: 1, update: 0, skip: 0, invalid: 0 });
    expect(result.rows[0]?.values).toEqual({
      code: 'NEW1',
      name: '直播运营',
      hoursTheory: 32,
      hoursPractice: 32,
      credits: 4,
      terms: [3, 4],
      nature: 'compulsory',
      assessment: 'exam',
    });
    expect(result.rows[0]?.line).toBe(2);
  });

  it('reports each bad cell with the domain message, and writes nothing for that row', () => {
    const result = plan([['BAD1', '坏行', 'abc', '-4', '2', '9', '必选', '考考']]);
    const row = result.rows[0];
    expect(row?.action).toBe('invalid');
    const byField = Object.fromEntries(
      (row?.problems ?? []).map((p) => ['message' in p ? p.message.key : p.local, p.field]),
    );
    expect(row?.problems.map((p) => p.field)).toEqual([
      'hoursTheory',
      'hoursPractice',
      'terms',
      'nature',
      'assessment',
    ]);
    expect(byField['domain.validation.notANumber']).toBe('hoursTheory');
    expect(result.counts.invalid).toBe(1);
  });

  it('needs a code, and a name for a new course', () => {
    const result = plan([
      ['', '无代码'],
      ['X9', ''],
    ]);
    expect(result.rows[0]?.problems.map((p) => p.field)).toEqual(['code']);
    expect(result.rows[1]?.problems.map((p) => p.field)).toEqual(['name']);
  });

  it('updates or skips a course the map already has, as chosen', () => {
    const row = ['ec101', '', '40'];
    expect(plan([row], 'update').rows[0]).toMatchObject({ action: 'update', existingId: 'crs-1' });
    expect(plan([row], 'skip').counts).toEqual({ add: 0, update: 0, skip: 1, invalid: 0 });
  });

  it('refuses the second row with a code already in the file', () => {
    const result = plan([
      ['N1', 'a'],
      ['N1', 'b'],
    ]);
    expect(result.rows[1]?.problems).toEqual([
      { field: 'code', local: 'duplicateInFile', params: { line: 2 } },
    ]);
    expect(result.counts).toEqual({ add: 1, update: 0, skip: 0, invalid: 1 });
  });

  it('leaves unmapped columns out', () => {
    const mapping = { ...guessMapping(header), credits: null };
    const result = buildImportPlan([header, ['N2', 'n', '1', '1', 'zz']], 0, mapping, [], 'skip');
    expect(result.rows[0]?.action).toBe('add');
    expect(result.rows[0]?.values.credits).toBeUndefined();
  });
});
