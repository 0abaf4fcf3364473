import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { sectionNames } from '../i18n';
import { sectionPlaceLabel } from './usePlaceLabel';

// Echoes the key and its values, so the test reads what would be translated.
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key}${JSON.stringify(values)}` : key) as unknown as TFunction;

describe('sectionPlaceLabel', () => {
  it('says where someone is in a talent plan by the plan’s number and title', () => {
    expect(sectionPlaceLabel(t, sectionNames('talent-plan', 'zh-CN'), 'schedule')).toBe(
      'people.sectionLabel{"number":7,"title":"教学进程总体安排"}',
    );
    expect(sectionPlaceLabel(t, sectionNames('course-standard', 'en'), 'objectives')).toBe(
      'people.sectionLabel{"number":4,"title":"Objectives"}',
    );
  });

  it('shows a notes heading (no template section) as its own text', () => {
    expect(sectionPlaceLabel(t, sectionNames('notes', 'en'), 'Minutes of 3 May')).toBe(
      'Minutes of 3 May',
    );
  });
});
