import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { sectionNames } from '../i18n';
import { rootReadingOrder, sectionLabel } from './anchorLabel';

const t = ((key: string) => key) as unknown as TFunction;

describe('sectionLabel', () => {
  it('names a talent plan’s section by the plan’s title, in the UI language', () => {
    expect(sectionLabel('section:schedule', t, sectionNames('talent-plan', 'zh-CN'))).toBe(
      '教学进程总体安排',
    );
    expect(sectionLabel('section:schedule', t, sectionNames('talent-plan', 'en'))).toBe(
      'Teaching schedule',
    );
  });

  it('reads a shared section id by the document’s own type', () => {
    expect(sectionLabel('section:assessment', t, sectionNames('talent-plan', 'zh-CN'))).toBe(
      '学习评价',
    );
    expect(sectionLabel('section:assessment', t, sectionNames('course-standard', 'zh-CN'))).toBe(
      '课程考核',
    );
  });

  it('calls the notes body "Document" and shows an unknown section by its id', () => {
    expect(sectionLabel('root', t, sectionNames('notes', 'en'))).toBe(
      'comments.authors.section.root',
    );
    expect(sectionLabel('section:mystery', t, sectionNames('talent-plan', 'en'))).toBe('mystery');
  });
});

describe('rootReadingOrder', () => {
  it('puts a plan’s schedule (§7) after its curriculum (§6) and before its appendix (§14)', () => {
    const plan = sectionNames('talent-plan', 'en');
    const roots = ['section:appendix', 'section:schedule', 'section:curriculum', 'root'];
    expect(roots.sort((a, b) => rootReadingOrder(a, plan) - rootReadingOrder(b, plan))).toEqual([
      'root',
      'section:curriculum',
      'section:schedule',
      'section:appendix',
    ]);
  });
});
