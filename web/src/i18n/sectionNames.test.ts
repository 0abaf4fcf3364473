import { describe, expect, it } from 'vitest';
import { sectionNames } from './sectionNames';

describe('sectionNames', () => {
  it('names a talent plan’s sections in the UI language, with their template numbers', () => {
    expect(sectionNames('talent-plan', 'zh-CN').title('schedule')).toBe('教学进程总体安排');
    expect(sectionNames('talent-plan', 'en').title('schedule')).toBe('Teaching schedule');
    expect(sectionNames('talent-plan', 'en').number('schedule')).toBe(7);
  });

  it('reads the same section id by the document’s own template', () => {
    // "objectives" is §4 of a course standard but §5 of a plan, with a different title.
    expect(sectionNames('course-standard', 'en').title('objectives')).toBe('Objectives');
    expect(sectionNames('course-standard', 'en').number('objectives')).toBe(4);
    expect(sectionNames('talent-plan', 'en').title('objectives')).toBe(
      'Training objectives and specifications',
    );
    expect(sectionNames('talent-plan', 'en').number('objectives')).toBe(5);
  });

  it('knows no sections for a type without a template', () => {
    expect(sectionNames('notes', 'en').title('schedule')).toBeNull();
    expect(sectionNames(null, 'zh-CN').number('schedule')).toBeNull();
  });

  it('ranks the notes body first, then template order, then unknown sections', () => {
    const plan = sectionNames('talent-plan', 'en');
    const roots = ['section:mystery', 'section:schedule', 'root', 'section:curriculum'];
    expect(roots.sort((a, b) => plan.rank(a) - plan.rank(b))).toEqual([
      'root',
      'section:curriculum',
      'section:schedule',
      'section:mystery',
    ]);
  });
});
