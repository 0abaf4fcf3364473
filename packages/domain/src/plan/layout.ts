import type { z } from 'zod';
import type { EntitySpec } from '../ydoc/EntitySpec';
import { PlanInfo, Specification, Teacher } from './schemas';

/**
 * The `talent-plan` Y.Doc, layout version 1:
 *
 *   meta                   Y.Map  schemaVersion: 1, type: 'talent-plan'
 *   info                   Y.Map  mapDocumentId, programId, cohortYear, … one key per field
 *   specs                  Y.Map<id, Y.Map>  dimension, code, text, `courses.<courseId>` = level
 *   teachers               Y.Map<id, Y.Map>  name, side, role, `courseIds.<id>` = true …
 *   section:<sectionId>    Y.XmlText          Lexical rich text of each narrative section
 *
 * Courses, groups, positions and certificates are not here: the plan reads them from the map.
 */
export const TALENT_PLAN_VERSION = 1;

export const PLAN_ROOTS = {
  info: 'info',
  specs: 'specs',
  teachers: 'teachers',
} as const;

export const PLAN_INFO_SPEC = {
  root: PLAN_ROOTS.info,
  schema: PlanInfo,
} as const satisfies EntitySpec;

export const PLAN_SPECS = {
  specs: {
    root: PLAN_ROOTS.specs,
    schema: Specification,
    recordFields: ['courses'],
    fallbacks: { code: '', text: '', textEn: '', courses: {}, order: 0 },
  },
  teachers: {
    root: PLAN_ROOTS.teachers,
    schema: Teacher,
    setFields: ['courseIds'],
    fallbacks: {
      nameEn: '',
      organisation: '',
      title: '',
      role: 'core-teacher',
      userId: null,
      courseIds: [],
      dualQualified: false,
      order: 0,
    },
  },
} as const satisfies Record<string, EntitySpec>;

export type PlanCollection = keyof typeof PLAN_SPECS;
export type PlanEntity<C extends PlanCollection> = z.infer<(typeof PLAN_SPECS)[C]['schema']>;

/** Which section a collection belongs to, so rule targets and problems point into the template. */
export const PLAN_COLLECTION_SECTION = {
  specs: 'objectives',
  teachers: 'teachers',
} as const satisfies Record<PlanCollection, string>;
