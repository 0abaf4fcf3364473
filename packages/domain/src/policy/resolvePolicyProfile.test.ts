import { describe, expect, it } from 'vitest';
import { MOE_2019, RULE_IDS } from './PolicyProfile';
import { resolvePolicyProfile } from './resolvePolicyProfile';

describe('policy profiles', () => {
  it('carries a threshold and severity for every rule R1–R16 as data', () => {
    expect(RULE_IDS).toEqual([...Array.from({ length: 16 }, (_, i) => `R${i + 1}`), 'S1']);
    expect(MOE_2019.rules.R1).toEqual({ severity: 'error', minTotalHours: 2500 });
    expect(MOE_2019.rules.R16.maxWeeklyHours).toBe(28);
  });

  it('merges a partial override field by field and keeps the rest of the base', () => {
    const resolved = resolvePolicyProfile(MOE_2019, {
      id: 'CQ-2024',
      rules: { R2: { minPracticeRatio: 0.55 }, R5: { severity: 'off' } },
    });
    expect(resolved.ok).toBe(true);
    if (!resolved.ok) return;
    expect(resolved.profile.id).toBe('CQ-2024');
    expect(resolved.profile.rules.R2).toEqual({ severity: 'error', minPracticeRatio: 0.55 });
    expect(resolved.profile.rules.R5).toMatchObject({ severity: 'off', minHoursPerCredit: 16 });
    expect(resolved.profile.rules.R1).toEqual(MOE_2019.rules.R1);
    expect(MOE_2019.rules.R2.minPracticeRatio).toBe(0.5);
  });

  it('refuses a bad override with a path and a translatable reason, not half of it', () => {
    expect(resolvePolicyProfile(MOE_2019, { rules: { R2: { minPracticeRatio: 1.5 } } })).toEqual({
      ok: false,
      problems: [
        {
          path: 'rules.R2.minPracticeRatio',
          message: {
            key: 'domain.validation.tooLarge',
            params: { field: 'rules.R2.minPracticeRatio', max: 1 },
          },
        },
      ],
    });
    expect(resolvePolicyProfile(MOE_2019, { rules: { R1: { severity: 'fatal' } } })).toMatchObject({
      ok: false,
    });
    expect(resolvePolicyProfile(MOE_2019, { rules: { R1: { minTotalHour: 2000 } } })).toMatchObject(
      { ok: false },
    );
    expect(resolvePolicyProfile(MOE_2019, { rules: { R99: {} } })).toMatchObject({ ok: false });
  });

  it('treats a missing override as no change', () => {
    expect(resolvePolicyProfile(MOE_2019, undefined)).toEqual({ ok: true, profile: MOE_2019 });
  });
});
