import { z } from 'zod';
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
} from './fields';

export const Program = z.object({
  id: EntityId,
  code: Code,
  name: Name,
  nameEn: NameEn,
  /** The program's mapping scale; alignment levels of its courses are read against it. */
  scaleId: EntityId.nullable().default(null),
  order: Order,
});
export type Program = z.infer<typeof Program>;

/** "1 platform + N modules": the platform is shared, directions specialise, expansion is chosen. */
export const GROUP_KINDS = ['platform', 'direction', 'expansion'] as const;
export const GroupKind = z.enum(GROUP_KINDS);
export type GroupKind = z.infer<typeof GroupKind>;

export const CourseGroup = z.object({
  id: EntityId,
  name: Name,
  nameEn: NameEn,
  kind: GroupKind,
  parentId: EntityId.nullable().default(null),
  /**
   * Hours a student must choose among this group's electives. Plans list every offered elective,
   * but the plan's totals count only what a student takes.
   */
  electiveQuotaHours: Hours.nullable().default(null),
  order: Order,
});
export type CourseGroup = z.infer<typeof CourseGroup>;

export const Position = z.object({
  id: EntityId,
  name: Name,
  nameEn: NameEn,
  description: LongText,
  /** Programs whose career orientation names this position; empty means every program. */
  programIds: IdList,
  order: Order,
});
export type Position = z.infer<typeof Position>;

export const WorkTask = z.object({
  id: EntityId,
  positionId: EntityId,
  name: Name,
  nameEn: NameEn,
  order: Order,
});
export type WorkTask = z.infer<typeof WorkTask>;

export const COMPETENCY_DIMENSIONS = ['knowledge', 'skill', 'quality'] as const;
export const CompetencyDimension = z.enum(COMPETENCY_DIMENSIONS);
export type CompetencyDimension = z.infer<typeof CompetencyDimension>;

export const Competency = z.object({
  id: EntityId,
  taskId: EntityId,
  code: Code,
  dimension: CompetencyDimension,
  name: Name,
  nameEn: NameEn,
  order: Order,
});
export type Competency = z.infer<typeof Competency>;

export const CERTIFICATE_KINDS = ['1+X', 'vocational-qualification', 'industry', 'other'] as const;
export const CERTIFICATE_LEVELS = ['junior', 'intermediate', 'senior'] as const;
export const Certificate = z.object({
  id: EntityId,
  name: Name,
  nameEn: NameEn,
  kind: z.enum(CERTIFICATE_KINDS),
  level: z.enum(CERTIFICATE_LEVELS).nullable().default(null),
  issuer: OptionalText,
  programIds: IdList,
  order: Order,
});
export type Certificate = z.infer<typeof Certificate>;

export const COMPETITION_LEVELS = ['national', 'provincial', 'industry', 'school'] as const;
export const Competition = z.object({
  id: EntityId,
  name: Name,
  nameEn: NameEn,
  level: z.enum(COMPETITION_LEVELS),
  programIds: IdList,
  order: Order,
});
export type Competition = z.infer<typeof Competition>;

export const ScaleLevel = z.object({
  code: z.string().trim().min(1).max(8),
  name: Name,
  nameEn: NameEn,
});
/** Levels are ordered from weakest to strongest; the last one is the "top level" of R8. */
export const MappingScale = z.object({
  id: EntityId,
  name: Name,
  nameEn: NameEn,
  levels: z.array(ScaleLevel).min(2).max(10),
  order: Order,
});
export type MappingScale = z.infer<typeof MappingScale>;

export const ALIGNMENT_KINDS = [
  'course-competency',
  'course-certificate',
  'course-competition',
  'position-course',
] as const;
export const AlignmentKind = z.enum(ALIGNMENT_KINDS);
export type AlignmentKind = z.infer<typeof AlignmentKind>;

/** One cell of the 岗课赛证 matrix: a course linked to a competency, certificate, competition or position. */
export const Alignment = z.object({
  kind: AlignmentKind,
  courseId: EntityId,
  targetId: EntityId,
  level: z.string().trim().min(1).max(8),
});
export type Alignment = z.infer<typeof Alignment>;

export const MapSettings = z.object({
  name: z.string().trim().max(200).default(''),
  nameEn: NameEn,
  institution: z.string().trim().max(200).default(''),
  cohortYear: z.int().min(2000).max(2100).nullable().default(null),
});
export type MapSettings = z.infer<typeof MapSettings>;
