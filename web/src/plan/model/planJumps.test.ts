import type { RuleResult } from '@tandem/domain';
import { describe, expect, it } from 'vitest';
import { planJump, planSectionOf } from './planJumps';

const result = (ruleId: RuleResult['ruleId'], target: RuleResult['target']): RuleResult => ({
  ruleId,
  severity: 'warning',
  message: { key: 'domain.rules.R8.specificationNotReached', params: {} },
  actual: null,
  expected: null,
  target,
  programId: 'ecommerce',
});

describe('plan rule jumps', () => {
  const specs = new Set(['spec-a1']);

  it('an unreached specification leads to its code cell in section 5', () => {
    const r8 = result('R8', { kind: 'plan-section', sectionId: 'objectives', itemId: 'spec-a1' });
    expect(planSectionOf(r8)).toBe('objectives');
    expect(planJump(r8, specs)).toBe('std:objectives:spec-a1:code');
  });

  it('a core course that supports no specification leads to the course in the curriculum', () => {
    const r8 = result('R8', { kind: 'plan-section', sectionId: 'objectives', itemId: 'wl426' });
    expect(planJump(r8, specs)).toBe('plan-course:wl426');
  });

  it('hours and ratios lead to the numbers beside the schedule; core and public courses to the curriculum', () => {
    const plan = { kind: 'plan', programId: 'ecommerce' } as const;
    expect(planSectionOf(result('R2', plan))).toBe('schedule');
    expect(planJump(result('R2', plan), specs)).toBe('metric:R2');
    expect(planJump(result('R16', plan), specs)).toBe('metric:R16');
    expect(planSectionOf(result('R6', plan))).toBe('curriculum');
    expect(planJump(result('R7', plan), specs)).toBe('section:curriculum');
  });

  it('a course rule (R5, R13) leads to the course’s schedule row', () => {
    const r5 = result('R5', { kind: 'course', courseId: 'zy413', field: 'credits' });
    expect(planSectionOf(r5)).toBe('schedule');
    expect(planJump(r5, specs)).toBe('schedule:zy413');
  });
});
