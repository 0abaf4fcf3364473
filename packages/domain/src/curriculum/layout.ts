import type { z } from 'zod';
import type { EntitySpec } from '../ydoc/EntitySpec';
import { Course } from './courseSchema';
import { TERM_KEYS, WeeklyHours } from './fields';
import {
  Alignment,
  Certificate,
  Competency,
  Competition,
  CourseGroup,
  MappingScale,
  Position,
  Program,
  WorkTask,
} from './schemas';

/**
 * The `curriculum-map` Y.Doc, layout version 2:
 *
 *   meta          Y.Map   schemaVersion: 2, type: 'curriculum-map'
 *   settings      Y.Map   name, nameEn, institution, cohortYear   (one key per field)
 *   programs      Y.Map<id, Y.Map<field, value>>
 *   groups        Y.Map<id, Y.Map>   kind, parentId, order …      (the course-group tree)
 *   courses       Y.Map<id, Y.Map>   one key per cell; `programIds.<id>`, `integration.<tag>`,
 *                                    `weeklyHours.<term>` are per-member keys
 *   positions, tasks, competencies, certificates, competitions, scales   Y.Map<id, Y.Map>
 *   alignments    Y.Map<`${courseId}|${targetId}`, { kind, level }>   one key per matrix cell
 */
export const CURRICULUM_MAP_VERSION = 2;

export const MAP_ROOTS = {
  settings: 'settings',
  programs: 'programs',
  groups: 'groups',
  courses: 'courses',
  positions: 'positions',
  tasks: 'tasks',
  competencies: 'competencies',
  certificates: 'certificates',
  competitions: 'competitions',
  scales: 'scales',
  alignments: 'alignments',
} as const;

const text = { nameEn: '', order: 0 };

export const MAP_SPECS = {
  programs: {
    root: MAP_ROOTS.programs,
    schema: Program,
    fallbacks: { ...text, code: '', name: '', scaleId: null },
  },
  groups: {
    root: MAP_ROOTS.groups,
    schema: CourseGroup,
    fallbacks: { ...text, name: '', kind: 'platform', parentId: null, electiveQuotaHours: null },
  },
  courses: {
    root: MAP_ROOTS.courses,
    schema: Course,
    setFields: ['programIds', 'integration'],
    recordFields: ['weeklyHours'],
    fallbacks: {
      ...text,
      code: '',
      name: '',
      nature: 'compulsory',
      isCore: false,
      category: 'professional',
      publicKind: null,
      hoursTheory: 0,
      hoursPractice: 0,
      credits: 0,
      terms: [],
      weeklyHours: {},
      blockWeeks: null,
      assessment: 'assessed',
      deliveredBy: 'school',
      venue: null,
      enterpriseMentor: null,
      integration: [],
      programIds: [],
      groupId: '',
    },
  },
  positions: {
    root: MAP_ROOTS.positions,
    schema: Position,
    setFields: ['programIds'],
    fallbacks: { ...text, name: '', description: '', programIds: [] },
  },
  tasks: { root: MAP_ROOTS.tasks, schema: WorkTask, fallbacks: { ...text, name: '' } },
  competencies: {
    root: MAP_ROOTS.competencies,
    schema: Competency,
    fallbacks: { ...text, code: '', name: '', dimension: 'knowledge' },
  },
  certificates: {
    root: MAP_ROOTS.certificates,
    schema: Certificate,
    setFields: ['programIds'],
    fallbacks: { ...text, name: '', kind: 'other', level: null, issuer: null, programIds: [] },
  },
  competitions: {
    root: MAP_ROOTS.competitions,
    schema: Competition,
    setFields: ['programIds'],
    fallbacks: { ...text, name: '', level: 'school', programIds: [] },
  },
  scales: { root: MAP_ROOTS.scales, schema: MappingScale, fallbacks: { ...text, name: '' } },
} as const satisfies Record<string, EntitySpec>;

export type MapCollection = keyof typeof MAP_SPECS;
export type MapEntity<C extends MapCollection> = z.infer<(typeof MAP_SPECS)[C]['schema']>;

/** Cell-level schemas for course edits, including one column per term of the schedule table. */
export const COURSE_FIELD_SHAPE: Readonly<Record<string, z.ZodType>> = {
  ...Object.fromEntries(
    Object.entries(Course.shape).filter(([k]) => k !== 'id' && k !== 'weeklyHours'),
  ),
  ...Object.fromEntries(TERM_KEYS.map((t) => [`weeklyHours.${t}`, WeeklyHours.nullable()])),
};

export const ALIGNMENT_KEY_SEPARATOR = '|';
export function alignmentKey(courseId: string, targetId: string): string {
  return `${courseId}${ALIGNMENT_KEY_SEPARATOR}${targetId}`;
}

/** The I/R/M scale every new map starts with; programs may switch to their own. */
export const DEFAULT_SCALE_ID = 'scale-irm';
export const DEFAULT_SCALE = MappingScale.parse({
  id: DEFAULT_SCALE_ID,
  name: '引入/强化/掌握',
  nameEn: 'Introduced / Reinforced / Mastered',
  levels: [
    { code: 'I', name: '引入', nameEn: 'Introduced' },
    { code: 'R', name: '强化', nameEn: 'Reinforced' },
    { code: 'M', name: '掌握', nameEn: 'Mastered' },
  ],
});
export const HML_SCALE = MappingScale.parse({
  id: 'scale-hml',
  name: '低/中/高',
  nameEn: 'Low / Medium / High',
  levels: [
    { code: 'L', name: '低', nameEn: 'Low' },
    { code: 'M', name: '中', nameEn: 'Medium' },
    { code: 'H', name: '高', nameEn: 'High' },
  ],
});

/** What one alignment cell holds; the kind is kept so a link to a deleted target stays explainable. */
export const StoredAlignment = Alignment.pick({ kind: true, level: true });
