import * as Y from 'yjs';
import { message } from '../messages/DomainMessage';
import { orderBetween } from '../util/order';
import { type DomainResult, refuse } from '../ydoc/DomainResult';
import { encodeFields, setIfChanged } from '../ydoc/entityCodec';
import { lastOrder } from '../ydoc/lastOrder';
import type { Course, CourseField } from './courseSchema';
import { MAP_ROOTS, MAP_SPECS } from './layout';
import { addMapEntity, type MapEntityInput } from './mapEntityWrites';
import { checkFieldReference } from './mapReferences';
import { readCurriculumMap } from './readCurriculumMap';
import { validateCourseField } from './validateCourseField';
import { type WhereUsed, whereUsed } from './whereUsed';

/** Adds a course at the end of its group unless an order is given. */
export function addCourse(
  doc: Y.Doc,
  input: MapEntityInput<'courses'>,
  origin?: unknown,
): DomainResult<Course> {
  const rows = doc.getMap<unknown>(MAP_ROOTS.courses);
  const order =
    input.order ??
    orderBetween(
      lastOrder(rows, (row) => row.get('groupId') === input.groupId),
      null,
    );
  return addMapEntity(doc, 'courses', { ...input, order }, origin);
}

/**
 * Writes one course cell, validated first. The cell is its own Yjs key, so a concurrent edit of
 * another cell of the same course is never overwritten.
 */
export function setCourseField(
  doc: Y.Doc,
  courseId: string,
  field: CourseField,
  raw: unknown,
  origin?: unknown,
): DomainResult<unknown> {
  const row = doc.getMap<unknown>(MAP_ROOTS.courses).get(courseId);
  if (!(row instanceof Y.Map))
    return refuse(message('domain.validation.notFound', { id: courseId }));
  const checked = validateCourseField(field, raw);
  if (!checked.ok) return checked;
  const refused = checkFieldReference(doc, 'courses', field, checked.value);
  if (refused) return refuse(refused);
  const course = row as Y.Map<unknown>;
  doc.transact(() => {
    if (field.startsWith('weeklyHours.')) {
      if (checked.value === null) course.delete(field);
      else setIfChanged(course, field, checked.value);
    } else encodeFields(MAP_SPECS.courses, course, { [field]: checked.value });
  }, origin);
  return checked;
}

/** Moves a course to a group at a fractional position (see `orderBetween`). */
export function moveCourse(
  doc: Y.Doc,
  courseId: string,
  toGroupId: string,
  order: number,
  origin?: unknown,
): DomainResult<{ groupId: string; order: number }> {
  const row = doc.getMap<unknown>(MAP_ROOTS.courses).get(courseId);
  if (!(row instanceof Y.Map))
    return refuse(message('domain.validation.notFound', { id: courseId }));
  if (!Number.isFinite(order))
    return refuse(message('domain.validation.notANumber', { field: 'order' }));
  const refused = checkFieldReference(doc, 'courses', 'groupId', toGroupId);
  if (refused) return refuse(refused);
  doc.transact(() => {
    setIfChanged(row as Y.Map<unknown>, 'groupId', toGroupId);
    setIfChanged(row as Y.Map<unknown>, 'order', order);
  }, origin);
  return { ok: true, value: { groupId: toGroupId, order } };
}

/**
 * Deletes a course and its alignment cells. Returns where it was used (read before deleting), so
 * the UI can say what the deletion touched; standards in other documents are not changed.
 */
export function deleteCourse(
  doc: Y.Doc,
  courseId: string,
  origin?: unknown,
): DomainResult<WhereUsed> {
  const rows = doc.getMap<unknown>(MAP_ROOTS.courses);
  if (!rows.has(courseId)) return refuse(message('domain.validation.notFound', { id: courseId }));
  const used = whereUsed(readCurriculumMap(doc), courseId);
  const alignments = doc.getMap<unknown>(MAP_ROOTS.alignments);
  doc.transact(() => {
    rows.delete(courseId);
    for (const key of [...alignments.keys()]) {
      if (key.split('|')[0] === courseId) alignments.delete(key);
    }
  }, origin);
  return { ok: true, value: used };
}
