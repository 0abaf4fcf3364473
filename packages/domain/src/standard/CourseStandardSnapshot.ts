import type { Problem } from '../ydoc/Problem';
import type {
  AssessmentItem,
  Author,
  ContentUnit,
  Objective,
  Resource,
  StandardInfo,
} from './schemas';

/** The structured parts of a course-standard document as plain, validated objects. */
export interface CourseStandardSnapshot {
  schemaVersion: number | undefined;
  info: StandardInfo;
  authors: Author[];
  objectives: Objective[];
  units: ContentUnit[];
  assessment: AssessmentItem[];
  resources: Resource[];
  problems: Problem[];
}
