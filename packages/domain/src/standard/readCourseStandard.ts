import type * as Y from 'yjs';
import { readDocMeta } from '../docLayout';
import { message } from '../messages/DomainMessage';
import type { Problem } from '../ydoc/Problem';
import { readCollection, readFields } from '../ydoc/readCollection';
import type { CourseStandardSnapshot } from './CourseStandardSnapshot';
import { COURSE_STANDARD_VERSION, INFO_SPEC, STANDARD_SPECS } from './layout';

/**
 * Reads the structured parts of a course-standard Y.Doc. Like every reader it never throws on
 * content: what cannot be read is listed in `problems`.
 */
export function readCourseStandard(doc: Y.Doc): CourseStandardSnapshot {
  const problems: Problem[] = [];
  const { schemaVersion } = readDocMeta(doc);
  if (schemaVersion !== undefined && schemaVersion > COURSE_STANDARD_VERSION) {
    problems.push({
      path: ['meta', 'schemaVersion'],
      message: message('domain.problems.newerSchema', {
        found: schemaVersion,
        known: COURSE_STANDARD_VERSION,
      }),
    });
  }
  return {
    schemaVersion,
    info: readFields(doc, INFO_SPEC, problems),
    authors: readCollection(doc, STANDARD_SPECS.authors, problems),
    objectives: readCollection(doc, STANDARD_SPECS.objectives, problems),
    units: readCollection(doc, STANDARD_SPECS.units, problems),
    assessment: readCollection(doc, STANDARD_SPECS.assessment, problems),
    resources: readCollection(doc, STANDARD_SPECS.resources, problems),
    problems,
  };
}
