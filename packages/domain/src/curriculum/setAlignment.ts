import * as Y from 'yjs';
import { message } from '../messages/DomainMessage';
import { type DomainResult, refuse } from '../ydoc/DomainResult';
import { alignmentKey, DEFAULT_SCALE, MAP_ROOTS } from './layout';
import type { AlignmentKind } from './schemas';

const TARGETS: ReadonlyArray<[AlignmentKind, string]> = [
  ['course-competency', MAP_ROOTS.competencies],
  ['course-certificate', MAP_ROOTS.certificates],
  ['course-competition', MAP_ROOTS.competitions],
  ['position-course', MAP_ROOTS.positions],
];

/**
 * Sets one cell of the alignment matrix (course × competency/certificate/competition/position)
 * to a level, or clears it with null. The kind follows from what the target id names. The level
 * must belong to the mapping scale of every program the course is in.
 */
export function setAlignment(
  doc: Y.Doc,
  courseId: string,
  targetId: string,
  level: string | null,
  origin?: unknown,
): DomainResult<{ kind: AlignmentKind; level: string | null }> {
  const cells = doc.getMap<unknown>(MAP_ROOTS.alignments);
  const key = alignmentKey(courseId, targetId);
  const course = doc.getMap<unknown>(MAP_ROOTS.courses).get(courseId);
  if (level === null) {
    const stored = cells.get(key) as { kind?: AlignmentKind } | undefined;
    if (stored !== undefined) doc.transact(() => cells.delete(key), origin);
    return { ok: true, value: { kind: stored?.kind ?? 'course-competency', level: null } };
  }
  if (!(course instanceof Y.Map))
    return refuse(message('domain.validation.notFound', { id: courseId }));
  const kind = TARGETS.find(([, root]) => doc.getMap<unknown>(root).has(targetId))?.[0];
  if (!kind)
    return refuse(
      message('domain.validation.unknownReference', { field: 'targetId', id: targetId }),
    );
  const allowed = allowedLevels(doc, course as Y.Map<unknown>);
  const code = level.trim();
  if (!allowed.includes(code)) {
    return refuse(
      message('domain.validation.levelNotInScale', { level: code, allowed: allowed.join(', ') }),
    );
  }
  const current = cells.get(key) as { kind?: string; level?: string } | undefined;
  if (current?.kind !== kind || current.level !== code) {
    doc.transact(() => cells.set(key, { kind, level: code }), origin);
  }
  return { ok: true, value: { kind, level: code } };
}

/** Levels valid for a course: those shared by the scales of all its programs. */
function allowedLevels(doc: Y.Doc, course: Y.Map<unknown>): string[] {
  const programs = doc.getMap<unknown>(MAP_ROOTS.programs);
  const scales = doc.getMap<unknown>(MAP_ROOTS.scales);
  const scaleIds = new Set<string>();
  for (const key of course.keys()) {
    if (!key.startsWith('programIds.') || course.get(key) !== true) continue;
    const program = programs.get(key.slice('programIds.'.length));
    const scaleId = program instanceof Y.Map ? program.get('scaleId') : null;
    if (typeof scaleId === 'string') scaleIds.add(scaleId);
  }
  const levelSets = [...scaleIds].map((id) => scaleCodes(scales.get(id)));
  if (levelSets.length === 0) return scaleCodes(scales.get(DEFAULT_SCALE.id), DEFAULT_SCALE.levels);
  return (levelSets[0] ?? []).filter((code) => levelSets.every((set) => set.includes(code)));
}

function scaleCodes(row: unknown, fallback: ReadonlyArray<{ code: string }> = []): string[] {
  const levels = row instanceof Y.Map ? row.get('levels') : undefined;
  const list = Array.isArray(levels) ? levels : fallback;
  return list.flatMap((l) => (l && typeof l.code === 'string' ? [l.code] : []));
}
