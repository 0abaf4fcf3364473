import type * as Y from 'yjs';
import { type DomainMessage, message } from '../messages/DomainMessage';
import type { DomainResult } from '../ydoc/DomainResult';
import { MOE_2019, type PolicyProfile } from './PolicyProfile';
import { type PolicyProfileOverride, resolvePolicyProfile } from './resolvePolicyProfile';

/**
 * A workspace's policy override lives in its curriculum-map document, so rules computed live on
 * every client and on the server use the same thresholds. One key per changed field
 * (`R2.minPracticeRatio`, `id`, `name`), so two coordinators adjusting different thresholds at
 * once both keep their change.
 */
export const POLICY_ROOT = 'policy';

export interface DocPolicy {
  profile: PolicyProfile;
  override: PolicyProfileOverride;
  /** Why a stored override was ignored (a hostile or outdated client wrote a bad value). */
  problems: { path: string; message: DomainMessage }[];
}

export function readDocPolicy(doc: Y.Doc, base: PolicyProfile = MOE_2019): DocPolicy {
  const override = overrideFrom(doc.getMap<unknown>(POLICY_ROOT));
  const resolved = resolvePolicyProfile(base, override);
  return resolved.ok
    ? { profile: resolved.profile, override, problems: [] }
    : { profile: base, override, problems: resolved.problems };
}

/**
 * Sets (or, with null, clears) one field of the override after checking that the whole
 * resulting profile is valid; a refused value is never written.
 */
export function setDocPolicyField(
  doc: Y.Doc,
  path: string,
  value: unknown,
  origin?: unknown,
  base: PolicyProfile = MOE_2019,
): DomainResult<PolicyProfile> {
  const map = doc.getMap<unknown>(POLICY_ROOT);
  const entries = new Map(map.entries());
  if (value === null) entries.delete(path);
  else entries.set(path, value);
  const resolved = resolvePolicyProfile(base, overrideFrom(entries));
  if (!resolved.ok) {
    return {
      ok: false,
      message: resolved.problems[0]?.message ?? message('domain.validation.invalid'),
    };
  }
  doc.transact(() => (value === null ? map.delete(path) : map.set(path, value)), origin);
  return { ok: true, value: resolved.profile };
}

function overrideFrom(
  entries: Iterable<[string, unknown]> | Y.Map<unknown>,
): PolicyProfileOverride {
  const override: Record<string, unknown> = {};
  const rules: Record<string, Record<string, unknown>> = {};
  for (const [key, value] of entries) {
    const dot = key.indexOf('.');
    if (dot < 0) {
      override[key] = value;
      continue;
    }
    const rule = key.slice(0, dot);
    rules[rule] = { ...rules[rule], [key.slice(dot + 1)]: value };
  }
  if (Object.keys(rules).length > 0) override.rules = rules;
  return override as PolicyProfileOverride;
}
