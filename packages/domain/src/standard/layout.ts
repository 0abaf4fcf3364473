import type { z } from 'zod';
import type { EntitySpec } from '../ydoc/EntitySpec';
import { AssessmentItem, Author, ContentUnit, Objective, Resource, StandardInfo } from './schemas';

/**
 * The `course-standard` Y.Doc, layout version 2:
 *
 *   meta                   Y.Map  schemaVersion: 2, type: 'course-standard'
 *   info                   Y.Map  courseId, courseCode, … one key per field; `prerequisiteIds.<id>`
 *   authors                Y.Map<id, Y.Map>
 *   objectives             Y.Map<id, Y.Map>  dimension, code, text, `competencies.<id>` = level
 *   units                  Y.Map<id, Y.Map>  module, task, hoursTheory, hoursPractice, venue …
 *   assessment             Y.Map<id, Y.Map>  kind, name, weight …
 *   resources              Y.Map<id, Y.Map>  kind, title, confidential …
 *   section:<sectionId>    Y.XmlText          Lexical rich text of each narrative section
 */
export const COURSE_STANDARD_VERSION = 2;

export const STANDARD_ROOTS = {
  info: 'info',
  authors: 'authors',
  objectives: 'objectives',
  units: 'units',
  assessment: 'assessment',
  resources: 'resources',
} as const;

export const INFO_SPEC = {
  root: STANDARD_ROOTS.info,
  schema: StandardInfo,
  setFields: ['prerequisiteIds'],
} as const satisfies EntitySpec;

export const STANDARD_SPECS = {
  authors: {
    root: STANDARD_ROOTS.authors,
    schema: Author,
    fallbacks: { name: '', organisation: '', side: 'school', role: '', order: 0 },
  },
  objectives: {
    root: STANDARD_ROOTS.objectives,
    schema: Objective,
    recordFields: ['competencies'],
    fallbacks: { code: '', text: '', textEn: '', competencies: {}, order: 0 },
  },
  units: {
    root: STANDARD_ROOTS.units,
    schema: ContentUnit,
    fallbacks: {
      module: '',
      task: '',
      requirements: '',
      hoursTheory: 0,
      hoursPractice: 0,
      venue: null,
      deliveredBy: 'school',
      certificateItem: null,
      certificateId: null,
      order: 0,
    },
  },
  assessment: {
    root: STANDARD_ROOTS.assessment,
    schema: AssessmentItem,
    fallbacks: { name: '', nameEn: '', method: '', weight: 0, kind: 'process', order: 0 },
  },
  resources: {
    root: STANDARD_ROOTS.resources,
    schema: Resource,
    fallbacks: { title: '', titleEn: '', detail: '', confidential: false, order: 0 },
  },
} as const satisfies Record<string, EntitySpec>;

export type StandardCollection = keyof typeof STANDARD_SPECS;
export type StandardEntity<C extends StandardCollection> = z.infer<
  (typeof STANDARD_SPECS)[C]['schema']
>;

/** Which section a collection belongs to, so rule targets and problems can point into the template. */
export const COLLECTION_SECTION = {
  authors: 'course-info',
  objectives: 'objectives',
  units: 'content',
  assessment: 'assessment',
  resources: 'resources',
} as const satisfies Record<StandardCollection, string>;
