import { z } from 'zod';
import { Side } from '../access/roles';
import { DeliveredBy, Venue } from '../curriculum/courseSchema';
import {
  Code,
  EntityId,
  Hours,
  IdList,
  LongText,
  Name,
  NameEn,
  OptionalText,
  Order,
  Weight,
} from '../curriculum/fields';
import { CompetencyDimension } from '../curriculum/schemas';

/** Section 1. The course's hours, credits and terms are read from the curriculum map, not copied. */
export const StandardInfo = z.object({
  /** The curriculum-map document (server document id) that holds the course. */
  mapDocumentId: z.string().trim().max(100).nullable().default(null),
  courseId: EntityId.nullable().default(null),
  courseCode: z.string().trim().max(32).default(''),
  courseName: z.string().trim().max(200).default(''),
  courseNameEn: NameEn,
  prerequisiteIds: IdList,
  enterpriseMentor: OptionalText,
  versionLabel: z.string().trim().max(32).default(''),
  approvedBy: OptionalText,
  approvedOn: z.iso.date().nullable().default(null),
});
export type StandardInfo = z.infer<typeof StandardInfo>;

export const Author = z.object({
  id: EntityId,
  name: Name,
  side: Side,
  organisation: Name,
  role: z.string().trim().max(100).default(''),
  order: Order,
});
export type Author = z.infer<typeof Author>;

/** Section 4. Coded per dimension (K1, S2, Q1…) and linked to competencies with a scale level. */
export const Objective = z.object({
  id: EntityId,
  dimension: CompetencyDimension,
  code: Code,
  text: z.string().trim().min(1).max(1000),
  textEn: z.string().trim().max(1000).default(''),
  /** competencyId → level, one key per link so two people linking at once both keep theirs. */
  competencies: z.record(EntityId, z.string().trim().min(1).max(8)).default({}),
  order: Order,
});
export type Objective = z.infer<typeof Objective>;

/** Section 5: module | project/task | requirements | hours T/P | venue | delivered by | certificate item. */
export const ContentUnit = z.object({
  id: EntityId,
  module: Name,
  task: Name,
  requirements: LongText,
  hoursTheory: Hours,
  hoursPractice: Hours,
  venue: Venue.nullable().default(null),
  deliveredBy: DeliveredBy,
  certificateItem: OptionalText,
  certificateId: EntityId.nullable().default(null),
  order: Order,
});
export type ContentUnit = z.infer<typeof ContentUnit>;

export const ASSESSMENT_KINDS = ['process', 'final', 'enterprise', 'certificate'] as const;
/** Section 7: process vs final, enterprise evaluation, certificate substitution; weights in %. */
export const AssessmentItem = z.object({
  id: EntityId,
  kind: z.enum(ASSESSMENT_KINDS),
  name: Name,
  nameEn: NameEn,
  method: LongText,
  weight: Weight,
  order: Order,
});
export type AssessmentItem = z.infer<typeof AssessmentItem>;

export const RESOURCE_KINDS = [
  'textbook',
  'platform',
  'case',
  'dataset',
  'video',
  'other',
] as const;
/** Section 8. Enterprise cases and data carry a confidentiality flag (exports leave them out). */
export const Resource = z.object({
  id: EntityId,
  kind: z.enum(RESOURCE_KINDS),
  title: Name,
  titleEn: NameEn,
  detail: LongText,
  confidential: z.boolean().default(false),
  order: Order,
});
export type Resource = z.infer<typeof Resource>;
