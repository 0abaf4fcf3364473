import type { RedlineRun, VersionDto } from '@tandem/protocol';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { sectionNames } from '../i18n';
import {
  byDocumentOrder,
  localSummary,
  orderRange,
  redlineParagraphs,
  rootLabel,
} from './historyModel';

const run = (op: RedlineRun['op'], text: string): RedlineRun => ({ op, text, userIds: [] });

describe('redlineParagraphs', () => {
  it('[H6] splits runs at paragraph ends and keeps each run’s kind', () => {
    const paragraphs = redlineParagraphs([
      run('equal', 'Students practise '),
      run('delete', 'selling.'),
      run('insert', 'marketing.\nAssessment'),
      run('equal', '\n'),
    ]);
    expect(paragraphs.map((p) => p.map((r) => `${r.op}:${r.text}`))).toEqual([
      ['equal:Students practise ', 'delete:selling.', 'insert:marketing.'],
      ['insert:Assessment'],
    ]);
  });
});

describe('orderRange', () => {
  const v = (id: string, seq: number) => ({ id, seq }) as VersionDto;
  it('puts the older end first, and "current" last', () => {
    const versions = [v('a', 3), v('b', 9)];
    expect(orderRange(versions, 'b', 'a')).toEqual(['a', 'b']);
    expect(orderRange(versions, 'current', 'b')).toEqual(['b', 'current']);
  });
});

describe('localSummary', () => {
  // Echoes the key and its values, so the test reads what would be translated.
  const t = ((key: string, values?: Record<string, unknown>) =>
    values ? `${key}${JSON.stringify(values)}` : key) as unknown as TFunction;

  it('translates the text part of the server’s summary and keeps the rest', () => {
    expect(
      localSummary(
        t,
        'text edited in root (+49 −3 characters); Python: practice hours 32 → 48',
        sectionNames('notes', 'en'),
      ),
    ).toBe(
      'history.summary.text{"sections":"history.roots.root","added":"49","removed":"3"}; Python: practice hours 32 → 48',
    );
    expect(localSummary(t, 'no changes', sectionNames('notes', 'en'))).toBe('history.summary.none');
  });

  it('names a talent plan’s sections by the plan’s titles, in the reader’s language', () => {
    expect(
      localSummary(
        t,
        'text edited in schedule, curriculum (+5 −0 characters)',
        sectionNames('talent-plan', 'zh-CN'),
      ),
    ).toBe(
      'history.summary.text{"sections":"教学进程总体安排history.summary.separator课程设置及要求","added":"5","removed":"0"}',
    );
  });
});

describe('rootLabel and byDocumentOrder', () => {
  const t = ((key: string) => key) as unknown as TFunction;
  const planRoots = ['section:schedule', 'section:appendix', 'section:curriculum', 'root'].map(
    (root) => ({ root }),
  );

  it('labels a talent plan’s section root with the plan’s title, not a course standard’s', () => {
    expect(rootLabel(t, 'section:schedule', sectionNames('talent-plan', 'zh-CN'))).toBe(
      '教学进程总体安排',
    );
    expect(rootLabel(t, 'section:schedule', sectionNames('talent-plan', 'en'))).toBe(
      'Teaching schedule',
    );
    // The same id means something else in a course standard.
    expect(rootLabel(t, 'section:objectives', sectionNames('talent-plan', 'en'))).toBe(
      'Training objectives and specifications',
    );
    expect(rootLabel(t, 'section:objectives', sectionNames('course-standard', 'en'))).toBe(
      'Objectives',
    );
    expect(rootLabel(t, 'root', sectionNames('talent-plan', 'en'))).toBe('history.roots.root');
  });

  it('orders a talent plan’s roots by the plan’s template (§6 before §7 before §14)', () => {
    const sorted = [...planRoots].sort(byDocumentOrder(sectionNames('talent-plan', 'en')));
    expect(sorted.map((r) => r.root)).toEqual([
      'root',
      'section:curriculum',
      'section:schedule',
      'section:appendix',
    ]);
  });
});
