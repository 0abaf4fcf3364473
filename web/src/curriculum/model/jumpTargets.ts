import type { RuleId, RuleTarget } from '@tandem/domain';

export type MapView = 'courses' | 'matrix' | 'coverage' | 'structure' | 'policy';
export const MAP_VIEWS: readonly MapView[] = [
  'courses',
  'matrix',
  'coverage',
  'structure',
  'policy',
];

export type MatrixKind = 'competencies' | 'certificates' | 'competitions' | 'positions';
export const MATRIX_KINDS: readonly MatrixKind[] = [
  'competencies',
  'certificates',
  'competitions',
  'positions',
];

/** Where a click on a rule result or a problem takes you: a view, and the element to focus. */
export interface Jump {
  /** null: the element is on screen whatever the view (the summary panel). */
  view: MapView | null;
  matrixKind?: MatrixKind;
  /** Switch the program scope first (plan rules are per program). */
  programId?: string;
  /** The `data-jump` attribute of the element to scroll to, focus and highlight. */
  key: string;
}

export const jumpKey = {
  cell: (courseId: string, field: string) => `cell:${courseId}:${field}`,
  matrixCell: (courseId: string, targetId: string) => `matrix:${courseId}:${targetId}`,
  matrixColumn: (targetId: string) => `target:${targetId}`,
  matrixRow: (courseId: string) => `matrixrow:${courseId}`,
  group: (groupId: string) => `group:${groupId}`,
  metric: (ruleId: RuleId | 'S1') => `metric:${ruleId}`,
  entity: (root: string, id: string) => `row:${root}:${id}`,
  section: (sectionId: string) => `section:${sectionId}`,
  standardCell: (collection: string, id: string, field: string) =>
    `std:${collection}:${id}:${field}`,
  /** A field of a section as a whole: a column total, an info field. */
  standardField: (sectionId: string, field: string) => `field:${sectionId}:${field}`,
};

/** Rule results of the curriculum map: the course cell, matrix cell, column or summary metric. */
export function jumpForRule(ruleId: RuleId, target: RuleTarget): Jump {
  switch (target.kind) {
    case 'course':
      return { view: 'courses', key: jumpKey.cell(target.courseId, target.field ?? 'code') };
    case 'alignment':
      return {
        view: 'matrix',
        key: jumpKey.matrixCell(target.courseId, target.targetId),
      };
    case 'group':
      return { view: 'courses', key: jumpKey.group(target.groupId) };
    case 'competency':
      return { view: 'matrix', matrixKind: 'competencies', key: jumpKey.matrixColumn(target.id) };
    case 'certificate':
      return { view: 'matrix', matrixKind: 'certificates', key: jumpKey.matrixColumn(target.id) };
    case 'position':
      return { view: 'matrix', matrixKind: 'positions', key: jumpKey.matrixColumn(target.id) };
    case 'standard-section':
    case 'plan-section':
      return {
        view: null,
        key: target.itemId
          ? jumpKey.standardCell(target.sectionId, target.itemId, target.field ?? 'code')
          : target.field
            ? jumpKey.standardField(target.sectionId, target.field)
            : jumpKey.section(target.sectionId),
      };
    case 'plan':
      return {
        view: null,
        key: jumpKey.metric(ruleId),
        ...(target.programId ? { programId: target.programId } : {}),
      };
  }
}

const ENTITY_ROOTS = new Set([
  'programs',
  'positions',
  'tasks',
  'competencies',
  'certificates',
  'competitions',
  'scales',
  'groups',
]);

/** A problem's path ([root, id, field]) as a jump, when it points at something on screen. */
export function jumpForProblem(path: readonly string[]): Jump | null {
  const [root, id, field] = path;
  if (root === 'courses' && id) {
    return { view: 'courses', key: jumpKey.cell(id, field ?? 'code') };
  }
  if (root === 'alignments' && id) {
    const [courseId, targetId] = id.split('|');
    if (!courseId || !targetId) return null;
    return { view: 'courses', key: jumpKey.cell(courseId, 'code') };
  }
  if (root === 'policy') return { view: 'policy', key: 'policy' };
  if (root && id && ENTITY_ROOTS.has(root))
    return { view: 'structure', key: jumpKey.entity(root, id) };
  return null;
}
