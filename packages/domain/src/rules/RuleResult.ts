import type { DomainMessage, DomainMessageKey, MessageParams } from '../messages/DomainMessage';
import { message } from '../messages/DomainMessage';
import type { PolicyProfile, RuleId, Severity } from '../policy/PolicyProfile';

/** What a violation points at, so the UI can jump there. */
export type RuleTarget =
  | { kind: 'course'; courseId: string; field?: string }
  | { kind: 'alignment'; courseId: string; targetId: string }
  | { kind: 'group'; groupId: string }
  | { kind: 'position'; id: string }
  | { kind: 'certificate'; id: string }
  | { kind: 'competency'; id: string }
  | { kind: 'standard-section'; sectionId: string; itemId?: string; field?: string }
  | { kind: 'plan-section'; sectionId: string; itemId?: string; field?: string }
  | { kind: 'plan'; programId?: string };

export interface Expected {
  min?: number;
  max?: number;
  equals?: number;
}

export interface RuleResult {
  ruleId: RuleId;
  severity: Exclude<Severity, 'off'>;
  message: DomainMessage;
  /** The measured number (a ratio is 0–1), or null when the rule is about presence. */
  actual: number | null;
  expected: Expected | null;
  target: RuleTarget;
  programId: string | null;
}

export interface Violation {
  key: DomainMessageKey;
  params?: MessageParams;
  actual?: number | null;
  expected?: Expected | null;
  target: RuleTarget;
}

/** Builds results for one rule, or none when the profile switched the rule off. */
export function violations(
  profile: PolicyProfile,
  ruleId: RuleId,
  programId: string | null,
  found: readonly Violation[],
): RuleResult[] {
  const severity = profile.rules[ruleId].severity;
  if (severity === 'off') return [];
  return found.map((v) => ({
    ruleId,
    severity,
    message: message(v.key, { ...(programId ? { programId } : {}), ...v.params }),
    actual: v.actual ?? null,
    expected: v.expected ?? null,
    target: v.target,
    programId,
  }));
}

/** Ratios are compared as stored, but shown as percentages with one decimal. */
export function percent(ratio: number): number {
  return Math.round(ratio * 1000) / 10;
}

/** Hour sums of fractional shares drift (27.999999); compare at a precision people read. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
