import { z } from 'zod';
import type { DomainMessage } from '../messages/DomainMessage';
import { issueToMessage } from '../messages/issueToMessage';
import { valueAt } from '../ydoc/validateField';
import { PolicyProfile, PolicyRules, type RuleId } from './PolicyProfile';

const ruleOverrides = Object.fromEntries(
  Object.entries(PolicyRules.shape).map(([id, schema]) => [
    id,
    schema.partial().strict().optional(),
  ]),
) as Record<string, z.ZodType>;

/** A workspace stores only what it changes: any subset of rules and of each rule's fields. */
export const PolicyProfileOverride = z
  .object({
    id: z.string().trim().min(1).max(64).optional(),
    name: z.string().trim().min(1).max(200).optional(),
    nameEn: z.string().trim().max(200).optional(),
    rules: z.object(ruleOverrides).partial().strict().optional(),
  })
  .strict();
export type PolicyProfileOverride = {
  id?: string;
  name?: string;
  nameEn?: string;
  rules?: { [K in RuleId]?: Partial<PolicyProfile['rules'][K]> };
};

export type ResolveResult =
  | { ok: true; profile: PolicyProfile }
  | { ok: false; problems: Array<{ path: string; message: DomainMessage }> };

/**
 * Merges a workspace override onto a base profile, rule by rule and field by field, and validates
 * the result so a bad override (a negative minimum, a severity typo) is refused, not half-applied.
 */
export function resolvePolicyProfile(base: PolicyProfile, override: unknown): ResolveResult {
  const parsed = PolicyProfileOverride.safeParse(override ?? {});
  if (!parsed.success) return { ok: false, problems: toProblems(parsed.error, override) };
  const o = parsed.data;
  const rules: Record<string, unknown> = { ...base.rules };
  for (const [id, patch] of Object.entries(o.rules ?? {})) {
    if (patch) rules[id] = { ...(rules[id] as object), ...patch };
  }
  const candidate = {
    id: o.id ?? base.id,
    name: o.name ?? base.name,
    nameEn: o.nameEn ?? base.nameEn,
    rules,
  };
  const merged = PolicyProfile.safeParse(candidate);
  if (!merged.success) return { ok: false, problems: toProblems(merged.error, candidate) };
  return { ok: true, profile: merged.data };
}

function toProblems(error: z.ZodError, input: unknown) {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return { path, message: issueToMessage(issue, path, valueAt(input, issue.path)) };
  });
}
