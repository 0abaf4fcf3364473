import { MOE_2019, readDocPolicy, setDocPolicyField } from '@tandem/domain';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { policyDisplay, policyFields, policyFromInput, policyValue } from './policyFields';

describe('policy fields', () => {
  it('lists each rule’s severity and thresholds with how they are edited', () => {
    expect(policyFields('R2').map((f) => [f.path, f.kind])).toEqual([
      ['R2.severity', 'severity'],
      ['R2.minPracticeRatio', 'percent'],
    ]);
    expect(policyFields('S1')[1]).toMatchObject({ path: 'S1.directionModules', nullable: true });
    expect(policyFields('R7')[1]).toMatchObject({ kind: 'members' });
  });

  it('shows ratios as percentages and reads them back as ratios', () => {
    const field = policyFields('R2')[1];
    if (!field) throw new Error('no field');
    expect(policyDisplay(field, policyValue(MOE_2019, field))).toBe('50');
    expect(policyFromInput(field, '55%')).toEqual({ ok: true, value: 0.55 });
    expect(policyFromInput(field, 'lots')).toEqual({ ok: false });
    const doc = new Y.Doc();
    const typed = policyFromInput(field, '55');
    if (!typed.ok) throw new Error('refused');
    expect(setDocPolicyField(doc, field.path, typed.value).ok).toBe(true);
    expect(readDocPolicy(doc).profile.rules.R2.minPracticeRatio).toBe(0.55);
  });

  it('an emptied optional threshold switches the check off', () => {
    const field = policyFields('S1')[1];
    if (!field) throw new Error('no field');
    expect(policyFromInput(field, '')).toEqual({ ok: true, value: null });
    expect(policyFromInput(policyFields('R1')[1] ?? field, '')).toEqual({ ok: false });
  });
});
