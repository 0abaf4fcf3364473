import type { PlanSectionId, RuleResult } from '@tandem/domain';
import { jumpForRule, jumpKey } from '../../curriculum';

/** Where the plan shows a course of its program: its schedule row, its curriculum row. */
export const planJumpKey = {
  scheduleRow: (courseId: string) => `schedule:${courseId}`,
  curriculumRow: (courseId: string) => `plan-course:${courseId}`,
};

/** Plan rules whose numbers stand beside the schedule (the others are about the curriculum). */
const SCHEDULE_RULES = new Set(['R1', 'R2', 'R3', 'R4', 'R5', 'R16']);

/** The section of the plan a rule result is about, for the contents' marks. */
export function planSectionOf(result: RuleResult): PlanSectionId | null {
  const { target } = result;
  switch (target.kind) {
    case 'plan-section':
      return target.sectionId as PlanSectionId;
    case 'plan':
      return SCHEDULE_RULES.has(result.ruleId) ? 'schedule' : 'curriculum';
    case 'course':
      return 'schedule';
    default:
      return null;
  }
}

/**
 * The `data-jump` key a rule result of the plan leads to: a specification's cell, a number beside
 * the schedule, a course's schedule row, or, for a core course that supports no specification
 * (R8, whose item is a course, not a specification), the course in the curriculum section.
 */
export function planJump(result: RuleResult, specIds: ReadonlySet<string>): string {
  const { target } = result;
  if (target.kind === 'course') return planJumpKey.scheduleRow(target.courseId);
  if (target.kind === 'plan') {
    return SCHEDULE_RULES.has(result.ruleId)
      ? jumpKey.metric(result.ruleId)
      : jumpKey.section('curriculum');
  }
  if (target.kind === 'plan-section' && target.itemId && !specIds.has(target.itemId)) {
    return target.sectionId === 'objectives'
      ? planJumpKey.curriculumRow(target.itemId)
      : jumpKey.section(target.sectionId);
  }
  return jumpForRule(result.ruleId, target).key;
}
