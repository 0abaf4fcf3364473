import type * as Y from 'yjs';
import { initDocument } from '../migrations/migrateDoc';
import { type CourseStandardData, writeCourseStandard } from '../standard/writeCourseStandard';
import type { DomainResult } from '../ydoc/DomainResult';
import type { DemoCourseStandard } from './standards/DemoCourseStandard';
import { LIVE_COMMERCE_STANDARD } from './standards/liveCommerceStandard';
import { STORE_OPERATIONS_STANDARD } from './standards/storeOperationsStandard';

export type { DemoCourseStandard } from './standards/DemoCourseStandard';

/**
 * The two demo course standards (JD Platform Store Operations, Live-Stream E-commerce) as data.
 * They describe courses `zy401` and `zy411` of `seedDemoCurriculumMap` and pass R9–R11 and R13.
 */
export function seedDemoCourseStandards(): DemoCourseStandard[] {
  return [STORE_OPERATIONS_STANDARD, LIVE_COMMERCE_STANDARD];
}

/** Writes one demo standard's structured parts into an empty course-standard document. */
export function seedDemoCourseStandard(
  doc: Y.Doc,
  standard: DemoCourseStandard,
  origin?: unknown,
): DomainResult<CourseStandardData> {
  initDocument(doc, 'course-standard', origin);
  return writeCourseStandard(doc, standard.data, origin);
}
