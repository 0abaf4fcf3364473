import type * as Y from 'yjs';
import { readDocMeta } from '../docLayout';
import { message } from '../messages/DomainMessage';
import { decodeEntity } from '../ydoc/entityCodec';
import type { Problem } from '../ydoc/Problem';
import { readCollection, rootMap } from '../ydoc/readCollection';
import type { CourseStandardSnapshot } from './CourseStandardSnapshot';
import { COURSE_STANDARD_VERSION, INFO_SPEC, STANDARD_ROOTS, STANDARD_SPECS } from './layout';
import { StandardInfo } from './schemas';

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
    info: readInfo(doc, problems),
    authors: readCollection(doc, STANDARD_SPECS.authors, problems),
    objectives: readCollection(doc, STANDARD_SPECS.objectives, problems),
    units: readCollection(doc, STANDARD_SPECS.units, problems),
    assessment: readCollection(doc, STANDARD_SPECS.assessment, problems),
    resources: readCollection(doc, STANDARD_SPECS.resources, problems),
    problems,
  };
}

function readInfo(doc: Y.Doc, problems: Problem[]): StandardInfo {
  const map = rootMap(doc, STANDARD_ROOTS.info, problems);
  const raw: Record<string, unknown> = map ? decodeEntity(INFO_SPEC, map) : {};
  const out: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(StandardInfo.shape)) {
    const parsed = schema.safeParse(raw[field]);
    if (parsed.success) {
      out[field] = parsed.data;
      continue;
    }
    problems.push({
      path: [STANDARD_ROOTS.info, field],
      message: message('domain.problems.invalidField', { field }),
    });
    out[field] = schema.parse(undefined);
  }
  return out as StandardInfo;
}
