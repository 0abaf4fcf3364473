import { type Course, type CourseGroup, orderBetween } from '@tandem/domain';

export interface GroupNode {
  group: CourseGroup;
  depth: number;
  /** Names from the top-level group down, for breadcrumbs and the "Group" column. */
  path: string[];
}

/**
 * The course-group tree in reading order (depth first, by order). A group whose parent is gone
 * becomes a root and a parent loop is cut where it closes: concurrent edits can produce both, and
 * the view must still show every group exactly once.
 */
export function flattenGroups(groups: readonly CourseGroup[]): GroupNode[] {
  const ids = new Set(groups.map((g) => g.id));
  const children = new Map<string | null, CourseGroup[]>();
  const sorted = [...groups].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  for (const group of sorted) {
    const parent = group.parentId !== null && ids.has(group.parentId) ? group.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), group]);
  }
  const out: GroupNode[] = [];
  const seen = new Set<string>();
  const visit = (group: CourseGroup, depth: number, path: string[]) => {
    if (seen.has(group.id)) return;
    seen.add(group.id);
    const here = [...path, group.name];
    out.push({ group, depth, path: here });
    for (const child of children.get(group.id) ?? []) visit(child, depth + 1, here);
  };
  for (const root of children.get(null) ?? []) visit(root, 0, []);
  // Groups caught in a loop have no root above them; show them at the top level.
  for (const group of sorted) visit(group, 0, []);
  return out;
}

export interface CourseSection {
  node: GroupNode | null;
  courses: Course[];
}

/** Courses under their groups in tree order; courses whose group is gone come last, together. */
export function courseSections(
  nodes: readonly GroupNode[],
  courses: readonly Course[],
): CourseSection[] {
  const byGroup = new Map<string, Course[]>();
  for (const course of courses) {
    byGroup.set(course.groupId, [...(byGroup.get(course.groupId) ?? []), course]);
  }
  const sections: CourseSection[] = nodes.map((node) => ({
    node,
    courses: byGroup.get(node.group.id) ?? [],
  }));
  const known = new Set(nodes.map((n) => n.group.id));
  const orphans = courses.filter((c) => !known.has(c.groupId));
  if (orphans.length > 0) sections.push({ node: null, courses: orphans });
  return sections;
}

/** Every group id in the subtree under each group (itself included), loop-safe. */
export function subtreeIds(groups: readonly CourseGroup[]): Map<string, Set<string>> {
  const children = new Map<string, string[]>();
  for (const g of groups) {
    if (g.parentId !== null) children.set(g.parentId, [...(children.get(g.parentId) ?? []), g.id]);
  }
  const out = new Map<string, Set<string>>();
  for (const g of groups) {
    const seen = new Set<string>();
    const stack = [g.id];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(children.get(id) ?? []));
    }
    out.set(g.id, seen);
  }
  return out;
}

/**
 * The order a course gets when moved one place up or down among `siblings` (its group's courses
 * in display order), or null at the edge. One `order` cell changes, so concurrent moves of other
 * courses never conflict.
 */
export function reorderTarget(
  siblings: ReadonlyArray<{ id: string; order: number }>,
  id: string,
  delta: -1 | 1,
): number | null {
  const index = siblings.findIndex((s) => s.id === id);
  if (index < 0) return null;
  if (delta < 0) {
    const above = siblings[index - 1];
    if (!above) return null;
    return orderBetween(siblings[index - 2]?.order ?? null, above.order);
  }
  const below = siblings[index + 1];
  if (!below) return null;
  return orderBetween(below.order, siblings[index + 2]?.order ?? null);
}

/** The order for a course appended at the end of a group. */
export function orderAtEnd(siblings: ReadonlyArray<{ order: number }>): number {
  const last = siblings.reduce<number | null>(
    (max, s) => (max === null || s.order > max ? s.order : max),
    null,
  );
  return orderBetween(last, null);
}
