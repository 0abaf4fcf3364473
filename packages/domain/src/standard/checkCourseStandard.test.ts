import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MOE_2019 } from '../policy/PolicyProfile';
import { resolvePolicyProfile } from '../policy/resolvePolicyProfile';
import { seedDemoCourseStandard, seedDemoCourseStandards } from '../seed/seedDemoCourseStandards';
import { demoSnapshot } from '../testing/fixtures';
import type { CourseStandardSnapshot } from './CourseStandardSnapshot';
import { checkCourseStandard } from './checkCourseStandard';
import { readCourseStandard } from './readCourseStandard';

const map = demoSnapshot();
const storeCourse = map.courses.find((c) => c.id === 'zy401') ?? null;

function storeStandard(): CourseStandardSnapshot {
  const [store] = seedDemoCourseStandards();
  if (!store) throw new Error('no demo standard');
  const doc = new Y.Doc();
  seedDemoCourseStandard(doc, store);
  return readCourseStandard(doc);
}

describe('checkCourseStandard', () => {
  it('passes both demo standards against their curriculum-map courses', () => {
    for (const demo of seedDemoCourseStandards()) {
      const doc = new Y.Doc();
      expect(seedDemoCourseStandard(doc, demo).ok).toBe(true);
      const standard = readCourseStandard(doc);
      const course = map.courses.find((c) => c.id === standard.info.courseId) ?? null;
      expect(course, demo.key).not.toBeNull();
      expect(checkCourseStandard(standard, course, MOE_2019)).toEqual([]);
    }
  });

  it('[R9] compares theory and practice hours each, not only the total', () => {
    const standard = storeStandard();
    const [first] = standard.units;
    if (!first) throw new Error('no unit');
    // Moving two hours from theory to practice keeps the total at 64 but breaks both columns.
    first.hoursTheory -= 2;
    first.hoursPractice += 2;
    expect(checkCourseStandard(standard, storeCourse, MOE_2019)).toEqual([
      expect.objectContaining({
        ruleId: 'R9',
        severity: 'error',
        actual: 22,
        expected: { equals: 24 },
        target: { kind: 'standard-section', sectionId: 'content', field: 'hoursTheory' },
      }),
      expect.objectContaining({
        ruleId: 'R9',
        message: {
          key: 'domain.rules.R9.practiceHoursMismatch',
          params: { actual: 42, expected: 40, code: 'ZY401' },
        },
      }),
    ]);
  });

  it('[R9] is skipped when the course is unknown, and reports a standard with no units', () => {
    const standard = { ...storeStandard(), units: [] };
    expect(checkCourseStandard(standard, null, MOE_2019).filter((r) => r.ruleId === 'R9')).toEqual(
      [],
    );
    expect(checkCourseStandard(standard, storeCourse, MOE_2019).map((r) => r.actual)).toEqual([
      0, 0,
    ]);
  });

  it('[R10] names each missing objective dimension', () => {
    const standard = storeStandard();
    standard.objectives = standard.objectives.filter((o) => o.dimension === 'knowledge');
    expect(
      checkCourseStandard(standard, storeCourse, MOE_2019).map((r) => [
        r.ruleId,
        r.message.params.dimension,
      ]),
    ).toEqual([
      ['R10', 'skill'],
      ['R10', 'quality'],
    ]);
  });

  it('[R11] requires assessment weights to total 100%', () => {
    const standard = storeStandard();
    const final = standard.assessment.find((a) => a.kind === 'final');
    if (!final) throw new Error('no final');
    final.weight = 30;
    expect(checkCourseStandard(standard, storeCourse, MOE_2019)).toMatchObject([
      { ruleId: 'R11', actual: 90, expected: { equals: 100 }, target: { sectionId: 'assessment' } },
    ]);
    standard.assessment = [];
    expect(checkCourseStandard(standard, storeCourse, MOE_2019)).toMatchObject([
      { ruleId: 'R11', actual: 0 },
    ]);
  });

  it('[R11] accepts decimal weights that add up to 100 despite floating point', () => {
    const standard = storeStandard();
    standard.assessment = [0.1, 0.2, 99.7].map((weight, i) => ({
      id: `w${i}`,
      kind: 'process' as const,
      name: `考核${i}`,
      nameEn: '',
      method: '',
      weight,
      order: i,
    }));
    expect(checkCourseStandard(standard, storeCourse, MOE_2019)).toEqual([]);
  });

  it('[R13] wants a venue on every enterprise-taught unit and a named enterprise mentor', () => {
    const standard = storeStandard();
    const unit = standard.units.find((u) => u.deliveredBy === 'enterprise');
    if (!unit) throw new Error('no enterprise unit');
    unit.venue = null;
    standard.info.enterpriseMentor = null;
    const results = checkCourseStandard(
      standard,
      storeCourse ? { ...storeCourse, enterpriseMentor: null } : null,
      MOE_2019,
    );
    expect(results.map((r) => r.target)).toEqual([
      { kind: 'standard-section', sectionId: 'content', itemId: unit.id, field: 'venue' },
      { kind: 'standard-section', sectionId: 'course-info', field: 'enterpriseMentor' },
    ]);
    // The map course naming its mentor is enough for the standard.
    expect(checkCourseStandard(standard, storeCourse, MOE_2019).map((r) => r.message.key)).toEqual([
      'domain.rules.R13.venueMissing',
    ]);
  });

  it('uses the profile: a rule switched off reports nothing', () => {
    const resolved = resolvePolicyProfile(MOE_2019, { rules: { R11: { severity: 'off' } } });
    if (!resolved.ok) throw new Error('override refused');
    const standard = { ...storeStandard(), assessment: [] };
    expect(checkCourseStandard(standard, storeCourse, resolved.profile)).toEqual([]);
  });
});
