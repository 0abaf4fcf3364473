import {
  COMPETENCY_DIMENSIONS,
  DELIVERERS,
  MOE_2019,
  type PolicyProfile,
  PUBLIC_COURSE_KINDS,
  type RuleId,
  SEVERITIES,
} from '@tandem/domain';

/** The rules a curriculum map and its course standards are checked against (R14/R15 are governance). */
export const POLICY_RULE_IDS: readonly RuleId[] = [
  'R1',
  'R2',
  'R3',
  'R4',
  'R5',
  'R6',
  'R7',
  'R8',
  'R9',
  'R10',
  'R11',
  'R12',
  'R13',
  'R16',
  'S1',
];

export type PolicyFieldKind = 'severity' | 'percent' | 'number' | 'members';

export interface PolicyField {
  ruleId: RuleId;
  field: string;
  /** `R2.minPracticeRatio`: the key `setDocPolicyField` writes. */
  path: string;
  kind: PolicyFieldKind;
  options?: readonly string[];
  nullable?: boolean;
}

const MEMBERS: Readonly<Record<string, readonly string[]>> = {
  requiredPublicKinds: PUBLIC_COURSE_KINDS.filter((k) => k !== 'other'),
  dimensions: COMPETENCY_DIMENSIONS,
  appliesTo: DELIVERERS,
};

/** The editable fields of one rule, read from the profile's shape (severity first). */
export function policyFields(ruleId: RuleId): PolicyField[] {
  const rule = MOE_2019.rules[ruleId] as Readonly<Record<string, unknown>>;
  return Object.keys(rule).map((field) => {
    const path = `${ruleId}.${field}`;
    if (field === 'severity') return { ruleId, field, path, kind: 'severity', options: SEVERITIES };
    const members = MEMBERS[field];
    if (members) return { ruleId, field, path, kind: 'members', options: members };
    if (/Ratio$/.test(field)) return { ruleId, field, path, kind: 'percent' };
    return { ruleId, field, path, kind: 'number', nullable: rule[field] === null };
  });
}

/** The value of a field in a resolved profile. */
export function policyValue(profile: PolicyProfile, field: PolicyField): unknown {
  const rule = profile.rules[field.ruleId] as Readonly<Record<string, unknown>>;
  return rule[field.field];
}

/** How a threshold reads in a form: ratios as percentages. */
export function policyDisplay(field: PolicyField, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (field.kind === 'percent' && typeof value === 'number')
    return String(Math.round(value * 1000) / 10);
  return String(value);
}

export type PolicyInput = { ok: true; value: unknown } | { ok: false };

/**
 * What a typed threshold means: a percentage becomes a ratio, an empty nullable field switches
 * the check off (null). Range checks are the domain's (`setDocPolicyField` refuses bad values).
 */
export function policyFromInput(field: PolicyField, text: string): PolicyInput {
  const trimmed = text.trim().replace(/[%％]$/, '');
  if (trimmed === '') return field.nullable ? { ok: true, value: null } : { ok: false };
  const number = Number(trimmed);
  if (!Number.isFinite(number)) return { ok: false };
  return { ok: true, value: field.kind === 'percent' ? Math.round(number * 10) / 1000 : number };
}
