import { describe, expect, it } from 'vitest';
import { emptySnapshot } from '../curriculum/CurriculumMapSnapshot';
import { deleteMapEntity } from '../curriculum/mapEntityWrites';
import { readCurriculumMap } from '../curriculum/readCurriculumMap';
import { setAlignment } from '../curriculum/setAlignment';
import { MOE_2019 } from '../policy/PolicyProfile';
import { resolvePolicyProfile } from '../policy/resolvePolicyProfile';
import {
  byRule,
  demoDoc,
  demoProfile,
  demoSnapshot,
  makeCourse,
  patchCourses,
} from '../testing/fixtures';
import { checkRules } from './checkRules';

const profile = demoProfile();

describe('[R8] specifications reached and core courses aligned', () => {
  it('flags a competency no course reaches at the top level of the program’s scale', () => {
    const doc = demoDoc();
    setAlignment(doc, 'zy404', 'c-st-s2', 'R');
    const results = byRule(checkRules(readCurriculumMap(doc), profile, 'ecommerce'), 'R8');
    expect(results).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: {
          key: 'domain.rules.R8.competencyNotReached',
          params: { programId: 'ecommerce', code: 'ST-S2' },
        },
        target: { kind: 'competency', id: 'c-st-s2' },
      }),
    ]);
  });

  it('flags a core course that supports no competency, pointing at the course', () => {
    const doc = demoDoc();
    setAlignment(doc, 'yx433', 'c-bm-s1', null);
    setAlignment(doc, 'yx433', 'c-bm-q1', null);
    const results = byRule(checkRules(readCurriculumMap(doc), profile, 'marketing'), 'R8');
    expect(results.map((r) => r.target)).toEqual([{ kind: 'course', courseId: 'yx433' }]);
  });

  it('does not count a link to a deleted competency that another peer still references', () => {
    const doc = demoDoc();
    // WL425 is the only course for drone competencies; its links vanish with them, but a stale
    // link to a deleted competency must not make a core course look aligned.
    for (const id of ['c-uav-k1', 'c-uav-s1', 'c-uav-s2', 'c-uav-q1'])
      deleteMapEntity(doc, 'competencies', id);
    doc.getMap('alignments').set('wl425|c-uav-k1', { kind: 'course-competency', level: 'M' });
    const snapshot = readCurriculumMap(doc);
    expect(snapshot.problems.map((p) => p.message.key)).toEqual([
      'domain.problems.danglingReference',
    ]);
    const results = byRule(checkRules(snapshot, profile, 'logistics'), 'R8');
    expect(results.map((r) => r.target)).toEqual([{ kind: 'course', courseId: 'wl425' }]);
  });
});

describe('[R12] certificates and positions covered', () => {
  it('flags a certificate no course of the program prepares for', () => {
    const doc = demoDoc();
    setAlignment(doc, 'tz501', 'cert-b2b', null);
    const results = byRule(checkRules(readCurriculumMap(doc), profile, 'ecommerce'), 'R12');
    expect(results).toMatchObject([
      {
        target: { kind: 'certificate', id: 'cert-b2b' },
        message: {
          key: 'domain.rules.R12.certificateUncovered',
          params: { name: '跨境电商B2B数据运营职业技能等级证书' },
        },
      },
    ]);
  });

  it('flags a position once neither a direct link nor a competency link reaches it', () => {
    const doc = demoDoc();
    for (const [course, target] of [
      ['wl425', 'p-drone'],
      ['wl425', 'c-uav-k1'],
      ['wl425', 'c-uav-s1'],
      ['wl425', 'c-uav-s2'],
      ['wl425', 'c-uav-q1'],
      ['gb106', 'c-uav-q1'],
    ] as const) {
      setAlignment(doc, course, target, null);
    }
    const results = byRule(checkRules(readCurriculumMap(doc), profile, 'logistics'), 'R12');
    expect(results.map((r) => r.target)).toEqual([{ kind: 'position', id: 'p-drone' }]);
  });

  it('counts a course shared by two programs for both', () => {
    // ZY405 (E-commerce and Big Data) prepares for the data-analysis certificate; PT206 only
    // introduces it, and that link is dropped here so ZY405 is the only one left.
    const snapshot = demoSnapshot();
    snapshot.alignments = snapshot.alignments.filter(
      (a) => !(a.courseId === 'pt206' && a.targetId === 'cert-data'),
    );
    const withoutShare = patchCourses(snapshot, (c) =>
      c.id === 'zy405' ? { ...c, programIds: ['ecommerce'] } : c,
    );
    expect(byRule(checkRules(snapshot, profile, 'bigdata'), 'R12')).toEqual([]);
    expect(
      byRule(checkRules(withoutShare, profile, 'bigdata'), 'R12').map((r) => r.target),
    ).toContainEqual({
      kind: 'certificate',
      id: 'cert-data',
    });
  });
});

describe('[R5] hours per credit', () => {
  it('warns about the demo’s 56-hour, 3-credit course and nothing else', () => {
    expect(byRule(checkRules(demoSnapshot(), profile), 'R5')).toEqual([
      {
        ruleId: 'R5',
        severity: 'warning',
        message: {
          key: 'domain.rules.R5.hoursPerCreditOutOfRange',
          params: { code: 'ZY413', actual: 18.67, min: 16, max: 18, hours: 56, credits: 3 },
        },
        actual: 18.67,
        expected: { min: 16, max: 18 },
        target: { kind: 'course', courseId: 'zy413', field: 'credits' },
        programId: null,
      },
    ]);
  });

  it('credits concentrated practice by the week, and flags hours without credits', () => {
    const snapshot = {
      ...emptySnapshot(),
      courses: [
        makeCourse({
          id: 'sj304',
          hoursTheory: 0,
          hoursPractice: 576,
          credits: 20,
          blockWeeks: 24,
        }),
        makeCourse({ id: 'gb107', hoursTheory: 0, hoursPractice: 112, credits: 2, blockWeeks: 2 }),
        makeCourse({ id: 'free', hoursTheory: 16, hoursPractice: 0, credits: 0 }),
      ],
    };
    expect(byRule(checkRules(snapshot, MOE_2019), 'R5')).toMatchObject([
      {
        message: { key: 'domain.rules.R5.blockCreditsMismatch' },
        actual: 20,
        expected: { equals: 24 },
      },
      {
        message: { key: 'domain.rules.R5.hoursPerCreditOutOfRange' },
        actual: null,
        target: { courseId: 'free' },
      },
    ]);
  });
});

describe('[R13] enterprise delivery', () => {
  it('asks an enterprise-delivered course for a mentor and a venue, each as its own target', () => {
    const snapshot = patchCourses(demoSnapshot(), (c) =>
      c.id === 'zy403' ? { ...c, enterpriseMentor: ' ', venue: null } : c,
    );
    expect(byRule(checkRules(snapshot, profile, 'ecommerce'), 'R13').map((r) => r.target)).toEqual([
      { kind: 'course', courseId: 'zy403', field: 'enterpriseMentor' },
      { kind: 'course', courseId: 'zy403', field: 'venue' },
    ]);
  });

  it('extends to joint delivery when the profile says so', () => {
    const resolved = resolvePolicyProfile(MOE_2019, {
      rules: { R13: { appliesTo: ['enterprise', 'joint'] } },
    });
    if (!resolved.ok) throw new Error('override refused');
    const snapshot = patchCourses(demoSnapshot(), (c) =>
      c.id === 'zy411' ? { ...c, enterpriseMentor: null } : c,
    );
    expect(byRule(checkRules(snapshot, profile), 'R13')).toEqual([]);
    expect(byRule(checkRules(snapshot, resolved.profile), 'R13').map((r) => r.target)).toEqual([
      { kind: 'course', courseId: 'zy411', field: 'enterpriseMentor' },
    ]);
  });
});
