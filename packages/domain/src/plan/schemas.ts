import { z } from 'zod';
import { Side } from '../access/roles';
import { Code, EntityId, IdList, LongText, Name, NameEn, Order } from '../curriculum/fields';

/**
 * Sections 1–3 and the plan's header. The program's name and code, its courses and hours are
 * read from the curriculum map (`mapDocumentId` + `programId`), never copied into the plan.
 */
export const PlanInfo = z.object({
  mapDocumentId: z.string().trim().max(100).nullable().default(null),
  programId: EntityId.nullable().default(null),
  cohortYear: z.int().min(2000).max(2100).nullable().default(null),
  /** 教育类型及学历层次, e.g. 高等职业教育专科. */
  educationLevel: z.string().trim().max(200).default(''),
  /** Section 2: 入学要求. */
  entryRequirements: LongText,
  /** Section 3: 基本修业年限 in years, and the longest allowed (弹性学制). */
  lengthYears: z.int().min(1).max(8).nullable().default(null),
  maxLengthYears: z.int().min(1).max(10).nullable().default(null),
  /** Section 13: the credits a graduate must earn; blank means "every course of the plan". */
  minCredits: z.number().min(0).max(400).multipleOf(0.5).nullable().default(null),
  versionLabel: z.string().trim().max(32).default(''),
  approvedBy: z.string().trim().max(200).nullable().default(null),
  approvedOn: z.iso.date().nullable().default(null),
});
export type PlanInfo = z.infer<typeof PlanInfo>;

/** The three dimensions of a plan's specifications (素质 / 知识 / 能力), coded Q1, K1, A1… */
export const SPEC_DIMENSIONS = ['quality', 'knowledge', 'ability'] as const;
export const SpecDimension = z.enum(SPEC_DIMENSIONS);
export type SpecDimension = z.infer<typeof SpecDimension>;

/**
 * One training specification (培养规格). `courses` links it to the map's courses with a level of
 * the program's mapping scale, one key per course, so R8 can be checked against the plan.
 */
export const Specification = z.object({
  id: EntityId,
  dimension: SpecDimension,
  code: Code,
  text: z.string().trim().min(1).max(1000),
  textEn: z.string().trim().max(1000).default(''),
  courses: z.record(EntityId, z.string().trim().min(1).max(8)).default({}),
  order: Order,
});
export type Specification = z.infer<typeof Specification>;

export const TEACHER_ROLES = [
  'program-leader',
  'core-teacher',
  'enterprise-mentor',
  'part-time',
] as const;
export const TeacherRole = z.enum(TEACHER_ROLES);
export type TeacherRole = z.infer<typeof TeacherRole>;

/** Section 9: the dual teacher team, both sides; `userId` links a workspace member. */
export const Teacher = z.object({
  id: EntityId,
  name: Name,
  nameEn: NameEn,
  side: Side,
  organisation: z.string().trim().max(200).default(''),
  /** 职称 / 岗位, e.g. 副教授, 运营经理. */
  title: z.string().trim().max(100).default(''),
  role: TeacherRole,
  userId: z.string().trim().max(64).nullable().default(null),
  courseIds: IdList,
  /** 双师型: holds both a teaching and an industry qualification. */
  dualQualified: z.boolean().default(false),
  order: Order,
});
export type Teacher = z.infer<typeof Teacher>;
