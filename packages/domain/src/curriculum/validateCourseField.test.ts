import { describe, expect, it } from 'vitest';
import { validateStandardField } from '../standard/standardWrites';
import { validateCourseField, validateMapEntityField } from './validateCourseField';

describe('validateCourseField', () => {
  it('accepts typed text and returns the typed value', () => {
    expect(validateCourseField('hoursTheory', '24')).toEqual({ ok: true, value: 24 });
    expect(validateCourseField('credits', '3.5')).toEqual({ ok: true, value: 3.5 });
    expect(validateCourseField('name', '  京东平台店铺运营 ')).toEqual({
      ok: true,
      value: '京东平台店铺运营',
    });
    expect(validateCourseField('isCore', '是')).toEqual({ ok: true, value: true });
  });

  it('reads full-width digits typed with a Chinese input method', () => {
    expect(validateCourseField('hoursPractice', '４０')).toEqual({ ok: true, value: 40 });
    expect(validateCourseField('terms', '３、４')).toEqual({ ok: true, value: [3, 4] });
  });

  it('refuses negative hours with the negative key', () => {
    const result = validateCourseField('hoursTheory', '-4');
    expect(result).toEqual({
      ok: false,
      message: { key: 'domain.validation.negative', params: { field: 'hoursTheory', min: 0 } },
    });
  });

  it('refuses text in a number and echoes what was typed', () => {
    expect(validateCourseField('hoursPractice', '四十')).toEqual({
      ok: false,
      message: {
        key: 'domain.validation.notANumber',
        params: { field: 'hoursPractice', value: '四十' },
      },
    });
    expect(validateCourseField('credits', '3 credits')).toMatchObject({
      ok: false,
      message: { key: 'domain.validation.notANumber' },
    });
  });

  it('refuses fractional hours and credits off the half-credit step', () => {
    expect(validateCourseField('hoursTheory', 12.5)).toMatchObject({
      message: { key: 'domain.validation.notAnInteger' },
    });
    expect(validateCourseField('credits', '2.25')).toMatchObject({
      message: { key: 'domain.validation.step', params: { step: 0.5 } },
    });
  });

  it('refuses a term outside 1–6, an empty term list and a repeated term', () => {
    expect(validateCourseField('terms', '7')).toMatchObject({
      message: { key: 'domain.validation.termOutOfRange', params: { max: 6 } },
    });
    expect(validateCourseField('terms', [0])).toMatchObject({
      message: { key: 'domain.validation.termOutOfRange', params: { min: 1 } },
    });
    expect(validateCourseField('terms', '')).toMatchObject({
      message: { key: 'domain.validation.atLeastOne' },
    });
    expect(validateCourseField('terms', '3,3')).toMatchObject({
      message: { key: 'domain.validation.duplicate' },
    });
    expect(validateCourseField('terms', '3-5')).toEqual({ ok: true, value: [3, 4, 5] });
  });

  it('checks one term column of the weekly schedule, and clears it with an empty cell', () => {
    expect(validateCourseField('weeklyHours.3', '4')).toEqual({ ok: true, value: 4 });
    expect(validateCourseField('weeklyHours.3', '')).toEqual({ ok: true, value: null });
    expect(validateCourseField('weeklyHours.7', '4')).toMatchObject({
      message: { key: 'domain.validation.unknownField' },
    });
  });

  it('refuses values outside an enumeration with the allowed list', () => {
    expect(validateCourseField('deliveredBy', 'government')).toMatchObject({
      message: {
        key: 'domain.validation.notAllowed',
        params: { allowed: 'school, enterprise, joint' },
      },
    });
    expect(validateCourseField('venue', '')).toEqual({ ok: true, value: null });
  });

  it('refuses a required text left empty, and unknown fields', () => {
    expect(validateCourseField('name', '   ')).toMatchObject({
      message: { key: 'domain.validation.required' },
    });
    expect(validateCourseField('id', 'x')).toMatchObject({
      message: { key: 'domain.validation.unknownField' },
    });
    expect(validateCourseField('__proto__', 'x')).toMatchObject({
      message: { key: 'domain.validation.unknownField' },
    });
  });

  it('refuses ids that would break the per-member keys of the layout', () => {
    expect(validateCourseField('programIds', 'ecommerce, bad.id')).toMatchObject({
      message: { key: 'domain.validation.invalidId' },
    });
  });
});

describe('validateMapEntityField and validateStandardField', () => {
  it('validate cells of other rows', () => {
    expect(validateMapEntityField('competencies', 'dimension', 'attitude')).toMatchObject({
      message: { key: 'domain.validation.notAllowed' },
    });
    expect(validateMapEntityField('groups', 'electiveQuotaHours', '192')).toEqual({
      ok: true,
      value: 192,
    });
  });

  it('refuses an assessment weight over 100', () => {
    expect(validateStandardField('assessment', 'weight', '120')).toEqual({
      ok: false,
      message: { key: 'domain.validation.tooLarge', params: { field: 'weight', max: 100 } },
    });
    expect(validateStandardField('units', 'hoursPractice', '-2')).toMatchObject({
      message: { key: 'domain.validation.negative' },
    });
    expect(validateStandardField('info', 'approvedOn', '2024-13-01')).toMatchObject({ ok: false });
  });
});
