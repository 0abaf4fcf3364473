import { describe, expect, it } from 'vitest';
import { demoSnapshot, makeCourse } from '../testing/fixtures';
import { emptySnapshot } from './CurriculumMapSnapshot';
import { computeRollups } from './computeRollups';
import { CourseGroup } from './schemas';

function snapshotWith(courses: ReturnType<typeof makeCourse>[], groups: CourseGroup[] = []) {
  return { ...emptySnapshot(), courses, groups };
}

describe('computeRollups', () => {
  it('gives zeros, not NaN, for an empty plan', () => {
    const rollups = computeRollups(emptySnapshot(), 'ecommerce');
    expect(rollups).toMatchObject({
      courseCount: 0,
      totalHours: 0,
      practiceRatio: 0,
      publicFoundationRatio: 0,
      electiveRatio: 0,
      coreCourseCount: 0,
    });
    expect(rollups.weeklyLoad).toEqual([1, 2, 3, 4, 5, 6].map((term) => ({ term, hours: 0 })));
  });

  it('sums hours, ratios and hours per credit of one program only', () => {
    const snapshot = snapshotWith([
      makeCourse({
        id: 'gb101',
        category: 'public-foundation',
        publicKind: 'ideology-politics',
        hoursTheory: 40,
        hoursPractice: 8,
        credits: 3,
        programIds: ['p', 'q'],
      }),
      makeCourse({ id: 'zy401', hoursTheory: 24, hoursPractice: 40, credits: 4, isCore: true }),
      makeCourse({
        id: 'tz501',
        nature: 'elective',
        hoursTheory: 16,
        hoursPractice: 32,
        credits: 3,
      }),
      makeCourse({
        id: 'wl421',
        hoursTheory: 24,
        hoursPractice: 40,
        credits: 4,
        programIds: ['q'],
      }),
      makeCourse({ id: 'zero', hoursTheory: 0, hoursPractice: 0, credits: 0 }),
    ]);
    const p = computeRollups(snapshot, 'p');
    expect(p).toMatchObject({
      courseCount: 4,
      totalHours: 160,
      theoryHours: 80,
      practiceHours: 80,
      practiceRatio: 0.5,
      publicFoundationHours: 48,
      publicFoundationRatio: 0.3,
      electiveHours: 48,
      electiveRatio: 0.3,
      totalCredits: 10,
      coreCourseCount: 1,
    });
    expect(p.perCourse.find((c) => c.courseId === 'zy401')?.hoursPerCredit).toBe(16);
    expect(p.perCourse.find((c) => c.courseId === 'zero')?.hoursPerCredit).toBeNull();
    // The shared public course counts in both programs.
    expect(computeRollups(snapshot, 'q').totalHours).toBe(48 + 64);
    expect(computeRollups(snapshot).totalHours).toBe(224);
  });

  it('counts only the elective quota of a group, spread over its offered electives', () => {
    const group = CourseGroup.parse({
      id: 'g-x',
      name: '拓展课',
      kind: 'expansion',
      electiveQuotaHours: 64,
    });
    const electives = ['a', 'b', 'c', 'd'].map((id) =>
      makeCourse({
        id,
        nature: 'elective',
        groupId: 'g-x',
        hoursTheory: 16,
        hoursPractice: 16,
        credits: 2,
        terms: [5],
      }),
    );
    const rollups = computeRollups(snapshotWith(electives, [group]), 'p');
    expect(rollups.totalHours).toBe(64);
    expect(rollups.electiveHours).toBe(64);
    expect(rollups.perCourse.map((c) => c.share)).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(rollups.weeklyLoad[4]?.hours).toBe(4);
  });

  it('derives weekly load from hours unless a term column is filled, and leaves out block practice', () => {
    const snapshot = snapshotWith([
      makeCourse({ id: 'gb110', hoursTheory: 96, hoursPractice: 32, credits: 8, terms: [1, 2] }),
      makeCourse({
        id: 'gb105',
        hoursTheory: 8,
        hoursPractice: 100,
        credits: 6,
        terms: [1, 2, 3],
        weeklyHours: { '1': 2, '2': 2, '3': 2.5 },
      }),
      makeCourse({
        id: 'gb107',
        hoursTheory: 0,
        hoursPractice: 112,
        credits: 2,
        terms: [1],
        blockWeeks: 2,
      }),
    ]);
    const load = computeRollups(snapshot, 'p', 16).weeklyLoad.map((t) => t.hours);
    expect(load).toEqual([4 + 2, 4 + 2, 2.5, 0, 0, 0]);
  });

  it('measures coverage of the program’s positions, certificates and competencies', () => {
    const rollups = computeRollups(demoSnapshot(), 'ecommerce');
    expect(rollups.coverage.positions).toEqual({ total: 7, covered: 7, uncoveredIds: [] });
    expect(rollups.coverage.certificates).toMatchObject({ total: 4, covered: 4 });
    expect(rollups.coverage.competencies).toMatchObject({
      total: 28,
      covered: 28,
      reachedAtTop: 28,
    });
  });

  it('matches the demo E-commerce plan totals', () => {
    const rollups = computeRollups(demoSnapshot(), 'ecommerce');
    expect(rollups.totalHours).toBeCloseTo(2896, 6);
    expect(rollups.practiceRatio).toBeGreaterThan(0.6);
    expect(rollups.publicFoundationHours).toBe(864);
    expect(rollups.coreCourseCount).toBe(8);
    expect(Math.max(...rollups.weeklyLoad.map((t) => t.hours))).toBeLessThanOrEqual(28);
  });
});
