import type { ThreadDto } from '@tandem/protocol';
import { describe, expect, it } from 'vitest';
import { cellMarkKey, nextThread, threadMarks } from './threadMarks';

function thread(id: string, anchor: ThreadDto['anchor'], extra: Partial<ThreadDto> = {}) {
  return {
    id,
    anchor,
    resolvedAnchor: { start: null, end: null },
    status: 'open',
    createdAt: `2026-05-0${id.length}T10:00:00Z`,
    comments: [],
    ...extra,
  } satisfies ThreadDto;
}

const course = { kind: 'entity', collection: 'courses', entityId: 'zy411' } as const;

describe('threadMarks', () => {
  it('marks a commented cell and counts it on its row too', () => {
    const marks = threadMarks([
      thread('a', { ...course, field: 'hoursPractice' }),
      thread('bb', { ...course, field: 'hoursPractice' }),
      thread('ccc', course),
    ]);
    expect(marks.cell.get(cellMarkKey('zy411', 'hoursPractice'))).toEqual(['a', 'bb']);
    expect(marks.row.get('zy411')).toEqual(['a', 'bb', 'ccc']);
    expect(marks.cell.size).toBe(1);
  });

  it('leaves no mark for resolved, detached, text or whole-document threads', () => {
    const marks = threadMarks([
      thread('a', course, { status: 'resolved' }),
      thread('b', course, { resolvedAnchor: null }),
      thread('c', { kind: 'document' }),
      thread('d', { kind: 'text', root: 'root', start: 'x', end: 'y', quote: 'q' }),
    ]);
    expect(marks.row.size).toBe(0);
    expect(marks.cell.size).toBe(0);
  });
});

describe('nextThread', () => {
  it('opens the first thread, then walks through the others', () => {
    expect(nextThread(['a', 'b'], null)).toBe('a');
    expect(nextThread(['a', 'b'], 'a')).toBe('b');
    expect(nextThread(['a', 'b'], 'b')).toBe('a');
    expect(nextThread(['a', 'b'], 'elsewhere')).toBe('a');
    expect(nextThread([], null)).toBeNull();
  });
});
