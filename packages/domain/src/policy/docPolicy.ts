import type * as Y from 'yjs';
import { type DomainMessage, message } from '../messages/DomainMessage';
import type { DomainResult } from '../ydoc/DomainResult';
import { MOE_2019, type PolicyProfile } from './PolicyProfile';
import { type PolicyProfileOverride, resolvePolicyProfile } from './resolvePolicyProfile';

/**
 * A curriculum map's policy override lives in its document, so rules computed live on every
 * client and on the server use the same thresholds. Only the server writes it: an owner adopts
 * a new version over HTTP (versioned and audited) and the server writes it into the document;
 * the sync path refuses client updates that touch this root. One key per changed field
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

/** The override as stored: one entry per changed field (`R2.minPracticeRatio`, `id`, …). */
export type PolicyEntries = Record<string, unknown>;

export function docPolicyEntries(doc: Y.Doc): PolicyEntries {
  return Object.fromEntries(doc.getMap<unknown>(POLICY_ROOT).entries());
}

/** The profile a set of stored entries gives, or why it is refused (first problem). */
export function resolvePolicyEntries(
  entries: PolicyEntries,
  base: PolicyProfile = MOE_2019,
): DomainResult<PolicyProfile> {
  const resolved = resolvePolicyProfile(base, overrideFrom(Object.entries(entries)));
  if (resolved.ok) return { ok: true, value: resolved.profile };
  return {
    ok: false,
    message: resolved.problems[0]?.message ?? message('domain.validation.invalid'),
  };
}

/**
 * The entries with one field set (or, with null, cleared), checked whole; nothing is written.
 * Policy changes go to the server, which adopts them as a new version and writes them into the
 * document itself (clients may not write the policy root).
 */
export function withPolicyField(
  entries: PolicyEntries,
  path: string,
  value: unknown,
  base: PolicyProfile = MOE_2019,
): DomainResult<{ entries: PolicyEntries; profile: PolicyProfile }> {
  const next = { ...entries };
  if (value === null) delete next[path];
  else next[path] = value;
  const resolved = resolvePolicyEntries(next, base);
  return resolved.ok ? { ok: true, value: { entries: next, profile: resolved.value } } : resolved;
}

/**
 * Makes the document's policy root hold exactly `entries`, in one transaction with `origin`.
 * Only the server calls this on a live document (after an owner adopted a version); seeding a
 * fresh document uses it too.
 */
export function writeDocPolicy(doc: Y.Doc, entries: PolicyEntries, origin?: unknown): void {
  const map = doc.getMap<unknown>(POLICY_ROOT);
  doc.transact(() => {
    for (const key of [...map.keys()]) if (!(key in entries)) map.delete(key);
    for (const [key, value] of Object.entries(entries)) {
      if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, value);
    }
  }, origin);
}

/**
 * Sets (or, with null, clears) one field of the override after checking that the whole
 * resulting profile is valid; a refused value is never written. For seeding and tests: a live
 * document's policy changes through the server (see `withPolicyField`).
 */
export function setDocPolicyField(
  doc: Y.Doc,
  path: string,
  value: unknown,
  origin?: unknown,
  base: PolicyProfile = MOE_2019,
): DomainResult<PolicyProfile> {
  const result = withPolicyField(docPolicyEntries(doc), path, value, base);
  if (!result.ok) return result;
  const map = doc.getMap<unknown>(POLICY_ROOT);
  doc.transact(() => (value === null ? map.delete(path) : map.set(path, value)), origin);
  return { ok: true, value: result.value.profile };
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
