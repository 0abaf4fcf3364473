import type { Course, CourseGroup } from '@tandem/domain';
import { describe, expect, it } from 'vitest';
import { courseSections, flattenGroups, orderAtEnd, reorderTarget } from './groupTree';

const group = (id: string, parentId: string | null, order: number): CourseGroup => ({
  id,
  name: id,
  nameEn: '',
  kind: 'platform',
  parentId,
  electiveQuotaHours: null,
  order,
});

describe('group tree', () => {
  it('lists groups depth first in order, with their depth and path', () => {
    const nodes = flattenGroups([
      group('b', null, 2),
      group('a', null, 1),
      group('a2', 'a', 2),
      group('a1', 'a', 1),
    ]);
    expect(nodes.map((n) => [n.group.id, n.depth])).toEqual([
      ['a', 0],
      ['a1', 1],
      ['a2', 1],
      ['b', 0],
    ]);
    expect(nodes[2]?.path).toEqual(['a', 'a2']);
  });

  it('shows every group once even with a lost parent or a parent loop', () => {
    const nodes = flattenGroups([group('x', 'y', 1), group('y', 'x', 2), group('z', 'gone', 3)]);
    expect(nodes.map((n) => n.group.id).sort()).toEqual(['x', 'y', 'z']);
  });

  it('puts courses whose group is gone in a section of their own', () => {
    const nodes = flattenGroups([group('a', null, 1)]);
    const course = (id: string, groupId: string) => ({ id, groupId }) as Course;
    const sections = courseSections(nodes, [course('c1', 'a'), course('c2', 'deleted')]);
    expect(sections.map((s) => [s.node?.group.id ?? null, s.courses.map((c) => c.id)])).toEqual([
      ['a', ['c1']],
      [null, ['c2']],
    ]);
  });
});

describe('reordering', () => {
  const siblings = [
    { id: 'a', order: 1 },
    { id: 'b', order: 2 },
    { id: 'c', order: 3 },
  ];
  it('moves a course one place with a single fractional order', () => {
    expect(reorderTarget(siblings, 'c', -1)).toBe(1.5);
    expect(reorderTarget(siblings, 'b', -1)).toBe(0);
    expect(reorderTarget(siblings, 'a', 1)).toBe(2.5);
    expect(reorderTarget(siblings, 'b', 1)).toBe(4);
  });
  it('does nothing at the edges', () => {
    expect(reorderTarget(siblings, 'a', -1)).toBeNull();
    expect(reorderTarget(siblings, 'c', 1)).toBeNull();
    expect(orderAtEnd(siblings)).toBe(4);
    expect(orderAtEnd([])).toBe(1);
  });
});
