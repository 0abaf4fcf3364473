import type { RedlineRun, VersionDto } from '@tandem/protocol';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { localSummary, orderRange, redlineParagraphs } from './historyModel';

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
      localSummary(t, 'text edited in root (+49 −3 characters); Python: practice hours 32 → 48'),
    ).toBe(
      'history.summary.text{"sections":"history.roots.root","added":"49","removed":"3"}; Python: practice hours 32 → 48',
    );
    expect(localSummary(t, 'no changes')).toBe('history.summary.none');
  });
});
