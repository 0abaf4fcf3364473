import { z } from 'zod';
import { DeliveredBy, PublicCourseKind } from '../curriculum/courseSchema';
import { CompetencyDimension } from '../curriculum/schemas';

export const SEVERITIES = ['error', 'warning', 'info', 'off'] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

const Ratio = z.number().min(0).max(1);
const Count = z.int().min(0);
const rule = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.object({ severity: Severity, ...shape });

/**
 * Every threshold of DOMAIN.md's rules is data here, so a province or school can override it per
 * workspace without a code change.
 */
export const PolicyRules = z.object({
  R1: rule({ minTotalHours: Count }),
  R2: rule({ minPracticeRatio: Ratio }),
  R3: rule({ minPublicFoundationRatio: Ratio }),
  R4: rule({ minElectiveRatio: Ratio }),
  R5: rule({
    minHoursPerCredit: z.number().positive(),
    maxHoursPerCredit: z.number().positive(),
    /** Concentrated practice is credited by the week (教职成〔2019〕13号: 1 week = 1 credit). */
    creditsPerBlockWeek: z.number().positive(),
  }),
  R6: rule({ minCoreCourses: Count, maxCoreCourses: Count }),
  R7: rule({ requiredPublicKinds: z.array(PublicCourseKind) }),
  R8: rule({}),
  R9: rule({}),
  R10: rule({ dimensions: z.array(CompetencyDimension) }),
  R11: rule({ totalWeight: z.number().positive() }),
  R12: rule({}),
  R13: rule({ appliesTo: z.array(DeliveredBy) }),
  R14: rule({}),
  R15: rule({ quorumRatio: Ratio, requireEachSide: z.boolean() }),
  R16: rule({
    maxWeeklyHours: z.number().positive(),
    teachingWeeksPerTerm: z.int().min(1).max(30),
  }),
  /** "The number of modules is configuration checked by a rule": null means not checked. */
  S1: rule({ directionModules: Count.nullable() }),
});
export type PolicyRules = z.infer<typeof PolicyRules>;
export type RuleId = keyof PolicyRules;
export const RULE_IDS = Object.keys(PolicyRules.shape) as RuleId[];

export const PolicyProfile = z.object({
  id: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().max(200).default(''),
  rules: PolicyRules,
});
export type PolicyProfile = z.infer<typeof PolicyProfile>;

/** 教职成〔2019〕13号 defaults for a three-year higher-vocational program. */
export const MOE_2019: PolicyProfile = PolicyProfile.parse({
  id: 'MOE-2019',
  name: '教育部 2019 人才培养方案指导意见',
  nameEn: 'MOE 2019 guidance on talent cultivation plans',
  rules: {
    R1: { severity: 'error', minTotalHours: 2500 },
    R2: { severity: 'error', minPracticeRatio: 0.5 },
    R3: { severity: 'error', minPublicFoundationRatio: 0.25 },
    R4: { severity: 'error', minElectiveRatio: 0.1 },
    R5: {
      severity: 'warning',
      minHoursPerCredit: 16,
      maxHoursPerCredit: 18,
      creditsPerBlockWeek: 1,
    },
    R6: { severity: 'warning', minCoreCourses: 6, maxCoreCourses: 8 },
    R7: {
      severity: 'error',
      requiredPublicKinds: ['ideology-politics', 'pe', 'military', 'mental-health'],
    },
    R8: { severity: 'warning' },
    R9: { severity: 'error' },
    R10: { severity: 'error', dimensions: ['knowledge', 'skill', 'quality'] },
    R11: { severity: 'error', totalWeight: 100 },
    R12: { severity: 'warning' },
    R13: { severity: 'error', appliesTo: ['enterprise'] },
    R14: { severity: 'error' },
    R15: { severity: 'error', quorumRatio: 2 / 3, requireEachSide: true },
    R16: { severity: 'warning', maxWeeklyHours: 28, teachingWeeksPerTerm: 16 },
    S1: { severity: 'warning', directionModules: null },
  },
});
