import { describe, expect, it } from 'vitest';
import { emptySnapshot } from '../curriculum/CurriculumMapSnapshot';
import { MOE_2019 } from '../policy/PolicyProfile';
import { resolvePolicyProfile } from '../policy/resolvePolicyProfile';
import { byRule, demoProfile, demoSnapshot, makeCourse, patchCourses } from '../testing/fixtures';
import { checkRules } from './checkRules';

const profile = demoProfile();
const ecommerce = (snapshot = demoSnapshot()) => checkRules(snapshot, profile, 'ecommerce');

describe('plan rules on the E-commerce program', () => {
  it('[R1] flags a plan under 2500 hours with the actual and required numbers', () => {
    // Dropping the post internship (576 h) leaves 2320 hours.
    const results = byRule(
      ecommerce(patchCourses(demoSnapshot(), (c) => (c.id === 'sj304' ? null : c))),
      'R1',
    );
    expect(results).toEqual([
      {
        ruleId: 'R1',
        severity: 'error',
        message: {
          key: 'domain.rules.R1.totalHoursLow',
          params: { programId: 'ecommerce', actual: 2320, min: 2500 },
        },
        actual: 2320,
        expected: { min: 2500 },
        target: { kind: 'plan', programId: 'ecommerce' },
        programId: 'ecommerce',
      },
    ]);
  });

  it('[R2] flags practice under half of the hours', () => {
    const theoryHeavy = patchCourses(demoSnapshot(), (c) =>
      c.category === 'professional'
        ? { ...c, hoursTheory: c.hoursTheory + c.hoursPractice, hoursPractice: 0 }
        : c,
    );
    const [r2] = byRule(ecommerce(theoryHeavy), 'R2');
    expect(r2?.message.key).toBe('domain.rules.R2.practiceRatioLow');
    expect(r2?.actual).toBeLessThan(0.5);
    expect(r2?.message.params.min).toBe(50);
  });

  it('[R3] flags public foundation courses under a quarter of the hours', () => {
    const fewPublic = patchCourses(demoSnapshot(), (c) =>
      c.category === 'public-foundation' && c.publicKind === 'other' ? null : c,
    );
    expect(byRule(ecommerce(fewPublic), 'R3')).toHaveLength(1);
  });

  it('[R4] flags electives under 10% of the hours', () => {
    const noElectives = patchCourses(demoSnapshot(), (c) =>
      c.nature === 'compulsory' ? c : { ...c, nature: 'compulsory' },
    );
    const [r4] = byRule(ecommerce(noElectives), 'R4');
    expect(r4).toMatchObject({ actual: 0, expected: { min: 0.1 }, severity: 'error' });
  });

  it('[R6] warns when a program has fewer than 6 or more than 8 core courses', () => {
    const nine = patchCourses(demoSnapshot(), (c) =>
      c.id === 'zy406' ? { ...c, isCore: true } : c,
    );
    expect(byRule(ecommerce(nine), 'R6')).toMatchObject([
      { actual: 9, expected: { min: 6, max: 8 }, severity: 'warning' },
    ]);
    const five = patchCourses(demoSnapshot(), (c) =>
      ['zy401', 'zy402', 'zy403'].includes(c.id) ? { ...c, isCore: false } : c,
    );
    expect(byRule(ecommerce(five), 'R6')).toMatchObject([{ actual: 5 }]);
  });

  it('[R7] names each missing compulsory public course kind, whatever the course is called', () => {
    const noMilitary = patchCourses(demoSnapshot(), (c) =>
      c.publicKind === 'military' ? null : c,
    );
    expect(byRule(ecommerce(noMilitary), 'R7').map((r) => r.message.params.kind)).toEqual([
      'military',
    ]);
    // An elective does not satisfy R7.
    const electivePe = patchCourses(demoSnapshot(), (c) =>
      c.publicKind === 'pe' ? { ...c, nature: 'elective' } : c,
    );
    expect(byRule(ecommerce(electivePe), 'R7').map((r) => r.message.params.kind)).toEqual(['pe']);
  });

  it('[R16] warns about the term whose weekly load exceeds 28 hours', () => {
    const heavy = patchCourses(demoSnapshot(), (c) =>
      c.id === 'zy404' ? { ...c, weeklyHours: { '4': 6 } } : c,
    );
    // Term 4 carried 27.78 hours a week; ZY404 at 6 instead of 4 pushes it over.
    expect(byRule(ecommerce(heavy), 'R16')).toMatchObject([
      { message: { params: { term: 4, max: 28 } }, expected: { max: 28 }, severity: 'warning' },
    ]);
  });
});

describe('plan rules: edge cases', () => {
  it('reports an empty plan for what it lacks, without NaN', () => {
    const results = checkRules(emptySnapshot(), MOE_2019);
    expect(results.map((r) => r.ruleId).sort()).toEqual([
      'R1',
      'R2',
      'R3',
      'R4',
      'R6',
      'R7',
      'R7',
      'R7',
      'R7',
    ]);
    expect(results.every((r) => r.actual === null || Number.isFinite(r.actual))).toBe(true);
    expect(results.find((r) => r.ruleId === 'R1')?.target).toEqual({ kind: 'plan' });
  });

  it('checks each program when none is given, and shared courses once', () => {
    const results = checkRules(demoSnapshot(), profile);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      ruleId: 'R5',
      programId: null,
      target: { courseId: 'zy413' },
    });
  });

  it('treats a course with zero hours as nothing to count', () => {
    const snapshot = {
      ...emptySnapshot(),
      courses: [makeCourse({ id: 'x', hoursTheory: 0, hoursPractice: 0, credits: 0 })],
    };
    expect(byRule(checkRules(snapshot, MOE_2019), 'R5')).toEqual([]);
    expect(byRule(checkRules(snapshot, MOE_2019), 'R2')).toMatchObject([{ actual: 0 }]);
  });

  it('follows a workspace override: thresholds, severities and switched-off rules', () => {
    const resolved = resolvePolicyProfile(MOE_2019, {
      rules: {
        R1: { minTotalHours: 3000 },
        R5: { severity: 'off' },
        R16: { severity: 'error', maxWeeklyHours: 26 },
      },
    });
    if (!resolved.ok) throw new Error('override refused');
    const results = checkRules(demoSnapshot(), resolved.profile, 'ecommerce');
    expect(byRule(results, 'R1')).toMatchObject([{ actual: 2896, expected: { min: 3000 } }]);
    expect(byRule(results, 'R5')).toEqual([]);
    expect(byRule(results, 'R16').map((r) => [r.message.params.term, r.severity])).toEqual([
      [2, 'error'],
      [4, 'error'],
    ]);
  });

  it('[S1] checks the number of direction modules only when the profile sets it', () => {
    const fiveModules = {
      ...demoSnapshot(),
      groups: demoSnapshot().groups.filter((g) => g.id !== 'g-dir-bizadmin'),
    };
    expect(byRule(checkRules(fiveModules, profile, 'ecommerce'), 'S1')).toMatchObject([
      { actual: 5, expected: { equals: 6 }, target: { kind: 'plan' } },
    ]);
    expect(byRule(checkRules(fiveModules, MOE_2019, 'ecommerce'), 'S1')).toEqual([]);
  });
});
