import { validateCourseField, validateStandardField } from '@tandem/domain';
import { describe, expect, it } from 'vitest';
import { draftFromValue, formatCell, formatNumber, rawFromDraft, toggleMember } from './cellText';

const tags = [
  { value: 'curriculum-certificate', label: 'Curriculum–certificate', short: 'Cert' },
  { value: 'classroom-workplace', label: 'Classroom–workplace', short: 'Work' },
];

describe('cell text', () => {
  it('formats numbers without float noise and lists readably', () => {
    expect(formatNumber(2705.999999999999)).toBe('2706');
    expect(formatNumber(16.666)).toBe('16.67');
    expect(formatCell('list', [3, 4])).toBe('3, 4');
    expect(formatCell('tags', ['classroom-workplace', 'curriculum-certificate'], tags)).toBe(
      'Work · Cert',
    );
    expect(formatCell('enum', null)).toBe('');
    expect(formatCell('bool', true)).toBe('✓');
  });

  it('starts editing from the stored value, or from the typed key', () => {
    expect(draftFromValue([3, 4], null)).toBe('3, 4');
    expect(draftFromValue(48, '7')).toBe('7');
    expect(draftFromValue(null, null)).toBe('');
  });

  it('clears nullable cells with an empty input, and passes everything else as typed', () => {
    expect(rawFromDraft('enum', '', true)).toBeNull();
    expect(rawFromDraft('text', '  ', true)).toBeNull();
    expect(rawFromDraft('text', '  ', false)).toBe('  ');
    expect(rawFromDraft('number', '-4', false)).toBe('-4');
  });

  it('toggles tag members in option order', () => {
    expect(toggleMember(['classroom-workplace'], 'curriculum-certificate', tags)).toEqual([
      'curriculum-certificate',
      'classroom-workplace',
    ]);
    expect(toggleMember(['classroom-workplace'], 'classroom-workplace', tags)).toEqual([]);
  });
});

/** What a typed cell turns into once the domain judges it: the messages the grid shows. */
describe('typed input judged by the domain, as the grid hands it over', () => {
  const judge = (field: string, draft: string) =>
    validateCourseField(field, rawFromDraft('number', draft, false));

  it('refuses negative hours, text in a number cell and a term outside 1–6', () => {
    expect(judge('hoursPractice', '-4')).toMatchObject({
      ok: false,
      message: { key: 'domain.validation.negative' },
    });
    expect(judge('hoursPractice', 'abc')).toMatchObject({
      ok: false,
      message: { key: 'domain.validation.notANumber', params: { value: 'abc' } },
    });
    expect(validateCourseField('terms', rawFromDraft('list', '7', false))).toMatchObject({
      ok: false,
      message: { key: 'domain.validation.termOutOfRange' },
    });
    expect(
      validateStandardField('assessment', 'weight', rawFromDraft('number', '120', false)),
    ).toMatchObject({
      ok: false,
      message: { key: 'domain.validation.tooLarge', params: { max: 100 } },
    });
  });

  it('accepts full-width digits and term ranges typed on a Chinese keyboard', () => {
    expect(judge('hoursPractice', '４８')).toEqual({ ok: true, value: 48 });
    expect(validateCourseField('terms', rawFromDraft('list', '3-4', false))).toEqual({
      ok: true,
      value: [3, 4],
    });
  });
});
