import { z } from 'zod';
import {
  Code,
  Credits,
  EntityId,
  Hours,
  IdList,
  Name,
  NameEn,
  OptionalText,
  Order,
  TERM_KEYS,
  type TermKey,
  Terms,
  WeeklyHours,
} from './fields';

export const COURSE_NATURES = ['compulsory', 'restricted-elective', 'elective'] as const;
export const CourseNature = z.enum(COURSE_NATURES);
export type CourseNature = z.infer<typeof CourseNature>;

/** R3 needs "public foundation" hours; the rest of the plan is professional or practice. */
export const COURSE_CATEGORIES = ['public-foundation', 'professional', 'practice'] as const;
export const CourseCategory = z.enum(COURSE_CATEGORIES);
export type CourseCategory = z.infer<typeof CourseCategory>;

/** R7: the compulsory public courses every plan must contain, identified by kind not by name. */
export const PUBLIC_COURSE_KINDS = [
  'ideology-politics',
  'pe',
  'military',
  'mental-health',
  'other',
] as const;
export const PublicCourseKind = z.enum(PUBLIC_COURSE_KINDS);
export type PublicCourseKind = z.infer<typeof PublicCourseKind>;

export const ASSESSMENT_MODES = ['exam', 'assessed'] as const;
export const AssessmentMode = z.enum(ASSESSMENT_MODES);
export const DELIVERERS = ['school', 'enterprise', 'joint'] as const;
export const DeliveredBy = z.enum(DELIVERERS);
export type DeliveredBy = z.infer<typeof DeliveredBy>;
export const VENUES = ['campus', 'enterprise', 'mixed'] as const;
export const Venue = z.enum(VENUES);
export type Venue = z.infer<typeof Venue>;

/** The paper's "quadruple integration". */
export const INTEGRATION_TAGS = [
  'curriculum-certificate',
  'classroom-workplace',
  'education-training',
  'technical-education',
] as const;
export const IntegrationTag = z.enum(INTEGRATION_TAGS);
export type IntegrationTag = z.infer<typeof IntegrationTag>;

export const WeeklyHoursByTerm = z.partialRecord(z.enum(TERM_KEYS), WeeklyHours).default({});

export const Course = z.object({
  id: EntityId,
  code: Code,
  name: Name,
  nameEn: NameEn,
  nature: CourseNature,
  isCore: z.boolean().default(false),
  category: CourseCategory,
  publicKind: PublicCourseKind.nullable().default(null),
  hoursTheory: Hours,
  hoursPractice: Hours,
  credits: Credits,
  terms: Terms,
  /** Term → hours per week; missing terms are derived from total hours (see rollups). */
  weeklyHours: WeeklyHoursByTerm,
  /** Set for concentrated practice (军训, 岗位实习…): runs in whole weeks, not weekly hours. */
  blockWeeks: z.int().min(1).max(40).nullable().default(null),
  assessment: AssessmentMode,
  deliveredBy: DeliveredBy,
  venue: Venue.nullable().default(null),
  enterpriseMentor: OptionalText,
  integration: z.array(IntegrationTag).default([]),
  programIds: IdList,
  groupId: EntityId,
  order: Order,
});
export type Course = z.infer<typeof Course>;
export type CourseInput = z.input<typeof Course>;

/** Fields a person edits in a cell; `weeklyHours.3` addresses the term-3 column. */
export type CourseScalarField = Exclude<keyof Course, 'id' | 'weeklyHours'>;
export type CourseField = CourseScalarField | `weeklyHours.${TermKey}`;
