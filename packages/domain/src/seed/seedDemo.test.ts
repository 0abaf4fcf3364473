import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { computeRollups } from '../curriculum/computeRollups';
import { readCurriculumMap } from '../curriculum/readCurriculumMap';
import { checkRules } from '../rules/checkRules';
import { checkCourseStandard } from '../standard/checkCourseStandard';
import { readCourseStandard } from '../standard/readCourseStandard';
import { demoProfile } from '../testing/fixtures';
import { seedDemoCourseStandard, seedDemoCourseStandards } from './seedDemoCourseStandards';
import { seedDemoCurriculumMap } from './seedDemoCurriculumMap';

function seeded() {
  const doc = new Y.Doc();
  seedDemoCurriculumMap(doc);
  return readCurriculumMap(doc);
}

describe('demo seed: the E-commerce professional group', () => {
  const snapshot = seeded();

  it('has the group’s 5 programs, "1 platform + 6 modules" and realistic content', () => {
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.programs.map((p) => p.name)).toEqual([
      '电子商务',
      '现代物流管理',
      '市场营销',
      '大数据技术',
      '工商企业管理',
    ]);
    expect(snapshot.groups.filter((g) => g.kind === 'direction')).toHaveLength(6);
    expect(
      snapshot.groups
        .filter((g) => g.kind === 'platform' && g.parentId === 'g-platform')
        .map((g) => g.id),
    ).toEqual(['g-general', 'g-core', 'g-practice']);
    expect(snapshot.courses.length).toBeGreaterThanOrEqual(40);
    expect(snapshot.positions.length).toBeGreaterThanOrEqual(8);
    expect(snapshot.certificates.filter((c) => c.kind === '1+X').length).toBeGreaterThanOrEqual(5);
    expect(snapshot.competitions.length).toBeGreaterThan(0);
    for (const entity of [
      ...snapshot.courses,
      ...snapshot.positions,
      ...snapshot.certificates,
      ...snapshot.competencies,
    ]) {
      expect(entity.name, entity.id).toMatch(/\p{Script=Han}/u);
      expect(entity.nameEn, entity.id).toMatch(/^[A-Z]/);
    }
  });

  it('includes the compulsory public courses by name', () => {
    const names = snapshot.courses.map((c) => c.name);
    for (const name of [
      '思想道德与法治',
      '毛泽东思想和中国特色社会主义理论体系概论',
      '体育',
      '军事理论',
      '大学生心理健康教育',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('passes every rule for every program except the one deliberate R5 warning', () => {
    expect(checkRules(snapshot, demoProfile())).toMatchObject([
      {
        ruleId: 'R5',
        severity: 'warning',
        target: { kind: 'course', courseId: 'zy413', field: 'credits' },
      },
    ]);
  });

  it('gives the E-commerce program a plan that clears R1–R4 with room to spare', () => {
    const r = computeRollups(snapshot, 'ecommerce');
    expect(r.totalHours).toBeGreaterThanOrEqual(2500);
    expect(r.practiceRatio).toBeGreaterThanOrEqual(0.5);
    expect(r.publicFoundationRatio).toBeGreaterThanOrEqual(0.25);
    expect(r.electiveRatio).toBeGreaterThanOrEqual(0.1);
    expect(r.totalCredits).toBeGreaterThan(140);
  });

  it('leaves a document that already has content alone', () => {
    const doc = new Y.Doc();
    expect(seedDemoCurriculumMap(doc)).toBe(true);
    const before = Y.encodeStateVector(doc);
    expect(seedDemoCurriculumMap(doc)).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('writes the same document on every run (stable ids, no randomness)', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    seedDemoCurriculumMap(a);
    seedDemoCurriculumMap(b);
    expect(readCurriculumMap(a)).toEqual(readCurriculumMap(b));
  });
});

describe('demo course standards', () => {
  it('are complete, linked to live competencies and pass R9–R11 and R13', () => {
    const map = seeded();
    const competencies = new Set(map.competencies.map((c) => c.id));
    const standards = seedDemoCourseStandards();
    expect(standards.map((s) => s.data.info.courseName)).toEqual(['京东平台店铺运营', '直播电商']);
    for (const demo of standards) {
      const doc = new Y.Doc();
      expect(seedDemoCourseStandard(doc, demo).ok).toBe(true);
      const standard = readCourseStandard(doc);
      expect(standard.problems).toEqual([]);
      const course = map.courses.find((c) => c.id === standard.info.courseId) ?? null;
      expect(checkCourseStandard(standard, course, demoProfile())).toEqual([]);
      const links = standard.objectives.flatMap((o) => Object.keys(o.competencies));
      expect(links.filter((id) => !competencies.has(id))).toEqual([]);
      expect(standard.authors.some((a) => a.side === 'enterprise')).toBe(true);
      expect(Object.keys(demo.narrative)).toEqual([
        'nature-positioning',
        'design-rationale',
        'teaching-implementation',
        'assessment',
        'resources',
        'appendix',
      ]);
    }
  });
});
