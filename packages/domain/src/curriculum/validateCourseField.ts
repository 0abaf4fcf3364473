import type { FieldResult } from '../ydoc/coerceInput';
import { validateWithSchema } from '../ydoc/validateField';
import type { CourseField } from './courseSchema';
import { COURSE_FIELD_SHAPE, MAP_SPECS, type MapCollection } from './layout';

/**
 * Checks what a person typed into one course cell before it is written: `'-4'` for hours, `'abc'`
 * for credits, `'7'` for a term are refused with an i18n key and parameters the web translates.
 * Text is converted (full-width digits, "3,4" or "3-4" for terms); typed values are checked as is.
 */
export function validateCourseField(field: CourseField | string, raw: unknown): FieldResult {
  return validateWithSchema(COURSE_FIELD_SHAPE, field, raw);
}

/** The same check for a cell of any other curriculum-map row (positions, certificates…). */
export function validateMapEntityField(
  collection: MapCollection,
  field: string,
  raw: unknown,
): FieldResult {
  if (collection === 'courses') return validateCourseField(field, raw);
  const { id: _id, ...shape } = MAP_SPECS[collection].schema.shape;
  return validateWithSchema(shape, field, raw);
}
