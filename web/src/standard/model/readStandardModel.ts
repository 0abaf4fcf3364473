import { type CourseStandardSnapshot, readCourseStandard } from '@tandem/domain';
import type * as Y from 'yjs';
import { shareRows, shareValue } from '../../curriculum';

export interface StandardModel {
  standard: CourseStandardSnapshot;
  readMs: number;
}

/** Reads the structured parts of a course standard, sharing unchanged rows with the last read. */
export function readStandardModel(doc: Y.Doc, previous: StandardModel | null): StandardModel {
  const started = performance.now();
  const next = readCourseStandard(doc);
  const readMs = performance.now() - started;
  if (!previous) return { standard: next, readMs };
  const before = previous.standard;
  return {
    standard: {
      ...next,
      info: shareValue(before.info, next.info),
      authors: shareRows(before.authors, next.authors),
      objectives: shareRows(before.objectives, next.objectives),
      units: shareRows(before.units, next.units),
      assessment: shareRows(before.assessment, next.assessment),
      resources: shareRows(before.resources, next.resources),
      problems: shareValue(before.problems, next.problems),
    },
    readMs,
  };
}
