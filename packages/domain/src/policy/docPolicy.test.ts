import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { POLICY_ROOT, readDocPolicy, setDocPolicyField } from './docPolicy';
import { MOE_2019 } from './PolicyProfile';

describe('policy stored in the map document', () => {
  it('defaults to MOE-2019 and applies field overrides', () => {
    const doc = new Y.Doc();
    expect(readDocPolicy(doc).profile).toEqual(MOE_2019);
    expect(setDocPolicyField(doc, 'R2.minPracticeRatio', 0.6).ok).toBe(true);
    expect(readDocPolicy(doc).profile.rules.R2.minPracticeRatio).toBe(0.6);
    expect(readDocPolicy(doc).profile.rules.R1).toEqual(MOE_2019.rules.R1);
    expect(setDocPolicyField(doc, 'R2.minPracticeRatio', null).ok).toBe(true);
    expect(readDocPolicy(doc).profile.rules.R2.minPracticeRatio).toBe(0.5);
  });

  it('refuses a value that breaks the profile and never writes it', () => {
    const doc = new Y.Doc();
    const result = setDocPolicyField(doc, 'R2.minPracticeRatio', -1);
    expect(result.ok).toBe(false);
    expect(doc.getMap(POLICY_ROOT).size).toBe(0);
  });

  it('reports a hostile stored value and falls back to the base profile', () => {
    const doc = new Y.Doc();
    doc.getMap(POLICY_ROOT).set('R2.minPracticeRatio', 'lots');
    const policy = readDocPolicy(doc);
    expect(policy.profile).toEqual(MOE_2019);
    expect(policy.problems.length).toBeGreaterThan(0);
  });

  it('keeps two concurrent edits of different thresholds', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    setDocPolicyField(a, 'R2.minPracticeRatio', 0.55);
    setDocPolicyField(b, 'R1.minTotalHours', 2600);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    for (const d of [a, b]) {
      expect(readDocPolicy(d).profile.rules.R2.minPracticeRatio).toBe(0.55);
      expect(readDocPolicy(d).profile.rules.R1.minTotalHours).toBe(2600);
    }
  });
});
