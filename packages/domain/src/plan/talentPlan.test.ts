import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCurriculumMap } from '../curriculum/readCurriculumMap';
import { readDocMeta } from '../docLayout';
import { migrateDoc } from '../migrations/migrateDoc';
import { MOE_2019 } from '../policy/PolicyProfile';
import { seedDemoCurriculumMap } from '../seed/seedDemoCurriculumMap';
import { demoTalentPlan, seedDemoTalentPlan } from '../seed/seedDemoTalentPlan';
import { checkTalentPlan } from './checkTalentPlan';
import { planSchedule } from './planSchedule';
import { addPlanEntity, setPlanEntityField, setPlanInfoField } from './planWrites';
import { readTalentPlan } from './readTalentPlan';

function demo() {
  const mapDoc = new Y.Doc();
  seedDemoCurriculumMap(mapDoc);
  const map = readCurriculumMap(mapDoc);
  const doc = new Y.Doc();
  const seeded = seedDemoTalentPlan(doc, demoTalentPlan(), {
    mapDocumentId: 'doc-map',
    userIds: { 'school.leader@tandem.demo': 'u-wang' },
  });
  expect(seeded.ok).toBe(true);
  return { map, mapDoc, doc };
}

describe('talent plan', () => {
  it('seeds a plan that reads back whole and is recognised as a talent plan', () => {
    const { doc } = demo();
    expect(readDocMeta(doc).type).toBe('talent-plan');
    const plan = readTalentPlan(doc);
    expect(plan.problems).toEqual([]);
    expect(plan.info).toMatchObject({ programId: 'ecommerce', cohortYear: 2024, lengthYears: 3 });
    expect(plan.info.mapDocumentId).toBe('doc-map');
    expect(plan.specs.map((s) => s.code)).toEqual([
      ...['Q1', 'Q2', 'Q3', 'Q4', 'K1', 'K2', 'K3', 'K4', 'K5'],
      ...['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7'],
    ]);
    const wang = plan.teachers.find((t) => t.id === 'tch-wang');
    expect(wang).toMatchObject({ side: 'school', userId: 'u-wang', courseIds: ['zy401'] });
    expect(plan.teachers.find((t) => t.id === 'tch-chen')?.userId).toBeNull();
  });

  it('is recognised by its roots when the header is missing', () => {
    const doc = new Y.Doc();
    doc.getMap('specs').set('spec-x', new Y.Map());
    expect(migrateDoc(doc).type).toBe('talent-plan');
  });

  it('computes the schedule from the map, grouped in the map’s tree order, with the map’s totals', () => {
    const { map } = demo();
    const schedule = planSchedule(map, 'ecommerce');
    const groups = schedule.blocks.map((b) => b.group?.id);
    expect(groups.indexOf('g-general')).toBeLessThan(groups.indexOf('g-core'));
    expect(groups.indexOf('g-core')).toBeLessThan(groups.indexOf('g-dir-store'));
    const rows = schedule.blocks.flatMap((b) => b.rows);
    expect(rows).toHaveLength(schedule.rollups.courseCount);
    expect(schedule.totals.hours).toBeCloseTo(schedule.rollups.totalHours, 0);
    // 形势与政策 runs 32 h over terms 1–4 with no weekly figure given: derived, 0.5 h a week.
    const policy = rows.find((r) => r.course.id === 'gb104');
    expect(policy?.weekly.slice(0, 5)).toEqual([0.5, 0.5, 0.5, 0.5, null]);
    expect(policy?.derived[0]).toBe(true);
    // 岗位实习 is block practice: in the plan, but no weekly hours.
    expect(rows.find((r) => r.course.id === 'sj304')?.weekly.every((w) => w === null)).toBe(true);
  });

  it('checks R8 against the plan’s own specifications, and the demo plan passes it', () => {
    const { map, doc } = demo();
    const r8 = () =>
      checkTalentPlan(readTalentPlan(doc), map, MOE_2019).filter((r) => r.ruleId === 'R8');
    expect(r8()).toEqual([]);
    // A specification only introduced (I), never mastered (M), is not reached.
    const added = addPlanEntity(doc, 'specs', {
      dimension: 'ability',
      code: 'A8',
      text: '能够开展跨境电商运营。',
      courses: { tz501: 'I' },
    });
    expect(added.ok).toBe(true);
    expect(r8().map((r) => r.message.key)).toEqual(['domain.rules.R8.specificationNotReached']);
    // A link to a course outside the program does not count either.
    const id = added.ok ? added.value.id : '';
    expect(setPlanEntityField(doc, 'specs', id, 'courses.ds443', 'M').ok).toBe(true);
    expect(r8()).toHaveLength(1);
    expect(setPlanEntityField(doc, 'specs', id, 'courses.tz501', 'M').ok).toBe(true);
    expect(r8()).toEqual([]);
    // Removing the only links of a core course leaves it supporting nothing.
    for (const spec of readTalentPlan(doc).specs) {
      if ('wl426' in spec.courses) setPlanEntityField(doc, 'specs', spec.id, 'courses.wl426', null);
    }
    expect(r8().map((r) => [r.message.key, r.message.params.code])).toEqual([
      ['domain.rules.R8.specificationNotReached', 'A6'],
      ['domain.rules.R8.coreCourseNoSpecification', 'WL426'],
    ]);
  });

  it('reports the plan rules of its program, and nothing before a program is chosen', () => {
    const { map, doc } = demo();
    const ids = new Set(checkTalentPlan(readTalentPlan(doc), map, MOE_2019).map((r) => r.ruleId));
    expect(
      [...ids].every((id) => ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R13', 'R16'].includes(id)),
    ).toBe(true);
    expect(setPlanInfoField(doc, 'programId', null).ok).toBe(true);
    expect(checkTalentPlan(readTalentPlan(doc), map, MOE_2019)).toEqual([]);
  });

  it('refuses invalid cells and writes nothing', () => {
    const { doc } = demo();
    expect(setPlanInfoField(doc, 'lengthYears', 0).ok).toBe(false);
    expect(setPlanInfoField(doc, 'cohortYear', 'soon').ok).toBe(false);
    expect(setPlanEntityField(doc, 'specs', 'spec-q1', 'courses.bad.id', 'M').ok).toBe(false);
    expect(setPlanEntityField(doc, 'specs', 'spec-nope', 'courses.gb101', 'M').ok).toBe(false);
    const plan = readTalentPlan(doc);
    expect(plan.info.lengthYears).toBe(3);
    expect(plan.info.cohortYear).toBe(2024);
  });
});
