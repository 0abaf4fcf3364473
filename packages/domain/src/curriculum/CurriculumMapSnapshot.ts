import type { Problem } from '../ydoc/Problem';
import type { Course } from './courseSchema';
import type {
  Alignment,
  Certificate,
  Competency,
  Competition,
  CourseGroup,
  MappingScale,
  MapSettings,
  Position,
  Program,
  WorkTask,
} from './schemas';

/** A plain, validated copy of a curriculum-map document: what rollups, rules and views read. */
export interface CurriculumMapSnapshot {
  /** undefined for a document without a header; readers still read what they can. */
  schemaVersion: number | undefined;
  settings: MapSettings;
  programs: Program[];
  groups: CourseGroup[];
  courses: Course[];
  positions: Position[];
  tasks: WorkTask[];
  competencies: Competency[];
  certificates: Certificate[];
  competitions: Competition[];
  scales: MappingScale[];
  alignments: Alignment[];
  problems: Problem[];
}

export function emptySnapshot(): CurriculumMapSnapshot {
  return {
    schemaVersion: undefined,
    settings: { name: '', nameEn: '', institution: '', cohortYear: null },
    programs: [],
    groups: [],
    courses: [],
    positions: [],
    tasks: [],
    competencies: [],
    certificates: [],
    competitions: [],
    scales: [],
    alignments: [],
    problems: [],
  };
}
