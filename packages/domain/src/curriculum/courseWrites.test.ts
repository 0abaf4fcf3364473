import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { demoDoc } from '../testing/fixtures';
import { orderBetween } from '../util/order';
import { addCourse, deleteCourse, moveCourse, setCourseField } from './courseWrites';
import {
  addMapEntity,
  deleteMapEntity,
  type MapEntityInput,
  setMapEntityField,
} from './mapEntityWrites';
import { readCurriculumMap } from './readCurriculumMap';
import { setAlignment } from './setAlignment';
import { setMapSettingsField } from './setMapSettingsField';
import { whereUsed } from './whereUsed';

const course: MapEntityInput<'courses'> = {
  code: 'TZ510',
  name: '跨境电商独立站运营',
  nameEn: 'Cross-border Independent Store Operations',
  nature: 'elective',
  category: 'professional',
  hoursTheory: 16,
  hoursPractice: 16,
  credits: 2,
  terms: [5],
  assessment: 'assessed',
  deliveredBy: 'school',
  groupId: 'g-expansion',
  programIds: ['ecommerce'],
};

describe('course writes', () => {
  it('adds a course at the end of its group', () => {
    const doc = demoDoc();
    const added = addCourse(doc, course);
    expect(added.ok).toBe(true);
    const expansion = readCurriculumMap(doc).courses.filter((c) => c.groupId === 'g-expansion');
    expect(expansion.at(-1)?.code).toBe('TZ510');
  });

  it('refuses a course that points at a missing group or program, writing nothing', () => {
    const doc = demoDoc();
    const before = Y.encodeStateVector(doc);
    expect(addCourse(doc, { ...course, groupId: 'g-gone' })).toMatchObject({
      ok: false,
      message: {
        key: 'domain.validation.unknownReference',
        params: { field: 'groupId', id: 'g-gone' },
      },
    });
    expect(addCourse(doc, { ...course, programIds: ['tourism'] })).toMatchObject({ ok: false });
    expect(addCourse(doc, { ...course, hoursTheory: -16 })).toMatchObject({
      message: { key: 'domain.validation.negative', params: { field: 'hoursTheory' } },
    });
    expect(addCourse(doc, { ...course, id: 'zy401' })).toMatchObject({
      message: { key: 'domain.validation.alreadyExists' },
    });
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('refuses to point a course at a group that does not exist', () => {
    const doc = demoDoc();
    expect(setCourseField(doc, 'zy401', 'groupId', 'g-gone')).toMatchObject({ ok: false });
    expect(setCourseField(doc, 'nope', 'credits', 2)).toMatchObject({
      message: { key: 'domain.validation.notFound' },
    });
  });

  it('moves a course between two others of another group', () => {
    const doc = demoDoc();
    const live = readCurriculumMap(doc).courses.filter((c) => c.groupId === 'g-dir-live');
    const [first, second] = live;
    const order = orderBetween(first?.order, second?.order);
    expect(moveCourse(doc, 'zy406', 'g-dir-live', order).ok).toBe(true);
    const after = readCurriculumMap(doc).courses.filter((c) => c.groupId === 'g-dir-live');
    expect(after.map((c) => c.id).slice(0, 3)).toEqual([first?.id, 'zy406', second?.id]);
    expect(moveCourse(doc, 'zy406', 'g-dir-live', Number.NaN).ok).toBe(false);
  });

  it('deletes a course with its alignment cells and says where it was used', () => {
    const doc = demoDoc();
    const before = readCurriculumMap(doc);
    const expected = whereUsed(before, 'zy405', [
      {
        documentId: 'doc-std',
        standard: { info: { courseId: 'zy401', prerequisiteIds: ['zy405'] } as never },
      },
    ]);
    expect(expected.standards).toEqual([{ documentId: 'doc-std', relation: 'prerequisite' }]);
    const deleted = deleteCourse(doc, 'zy405');
    expect(deleted.ok && deleted.value.programs.map((p) => p.id)).toEqual(['ecommerce', 'bigdata']);
    expect(deleted.ok && deleted.value.certificates.map((c) => c.id)).toEqual(['cert-data']);
    const after = readCurriculumMap(doc);
    expect(after.courses.some((c) => c.id === 'zy405')).toBe(false);
    expect(after.alignments.some((a) => a.courseId === 'zy405')).toBe(false);
    expect(after.problems).toEqual([]);
  });
});

describe('whereUsed', () => {
  it('lists programs, group, positions, competencies, certificates and competitions', () => {
    const used = whereUsed(readCurriculumMap(demoDoc()), 'zy401', [
      {
        documentId: 'std-1',
        standard: { info: { courseId: 'zy401', prerequisiteIds: [] } as never },
      },
    ]);
    expect(used.programs.map((p) => p.id)).toEqual(['ecommerce']);
    expect(used.group?.id).toBe('g-dir-store');
    expect(used.positions).toEqual([
      { id: 'p-store', name: '店铺运营', nameEn: 'Store Operations', level: 'M' },
    ]);
    expect(used.competencies.map((c) => c.id)).toEqual([
      'c-st-k1',
      'c-st-q1',
      'c-st-s1',
      'c-st-s2',
    ]);
    expect(used.certificates.map((c) => c.id)).toEqual(['cert-store']);
    expect(used.competitions.map((c) => c.id)).toEqual(['comp-ecommerce']);
    expect(used.standards).toEqual([{ documentId: 'std-1', relation: 'describes' }]);
    expect(used.total).toBe(1 + 1 + 4 + 1 + 1 + 1);
  });
});

describe('map entity writes', () => {
  it('cascades a position to its tasks, competencies and alignment cells', () => {
    const doc = demoDoc();
    const removed = deleteMapEntity(doc, 'positions', 'p-drone');
    expect(removed.ok && removed.value.filter((r) => r.collection === 'competencies')).toHaveLength(
      4,
    );
    const snapshot = readCurriculumMap(doc);
    expect(snapshot.tasks.some((t) => t.positionId === 'p-drone')).toBe(false);
    expect(snapshot.alignments.some((a) => a.targetId.startsWith('c-uav'))).toBe(false);
    expect(snapshot.problems).toEqual([]);
  });

  it('refuses to delete a group that still holds courses, and a scale in use', () => {
    const doc = demoDoc();
    expect(deleteMapEntity(doc, 'groups', 'g-dir-store')).toMatchObject({
      message: { key: 'domain.validation.groupNotEmpty', params: { count: 6 } },
    });
    expect(deleteMapEntity(doc, 'scales', 'scale-irm')).toMatchObject({
      message: { key: 'domain.validation.inUse' },
    });
  });

  it('unticks a deleted program everywhere', () => {
    const doc = demoDoc();
    expect(deleteMapEntity(doc, 'programs', 'bigdata').ok).toBe(true);
    const snapshot = readCurriculumMap(doc);
    expect(snapshot.courses.find((c) => c.id === 'zy405')?.programIds).toEqual(['ecommerce']);
    expect(snapshot.problems).toEqual([]);
  });

  it('refuses to make a group its own ancestor', () => {
    const doc = demoDoc();
    expect(setMapEntityField(doc, 'groups', 'g-platform', 'parentId', 'g-general')).toMatchObject({
      message: { key: 'domain.validation.cycle' },
    });
    expect(setMapEntityField(doc, 'groups', 'g-dir-store', 'parentId', 'g-platform').ok).toBe(true);
  });

  it('adds a task only under an existing position', () => {
    const doc = demoDoc();
    expect(addMapEntity(doc, 'tasks', { positionId: 'p-gone', name: '跨境店铺运营' }).ok).toBe(
      false,
    );
    const task = addMapEntity(doc, 'tasks', { positionId: 'p-store', name: '跨境店铺运营' });
    expect(task.ok && task.value.id).toMatch(/^tsk-/);
  });
});

describe('setMapSettingsField', () => {
  it('validates and writes one settings field', () => {
    const doc = demoDoc();
    expect(setMapSettingsField(doc, 'cohortYear', '2025')).toEqual({ ok: true, value: 2025 });
    expect(setMapSettingsField(doc, 'cohortYear', '二〇二五')).toMatchObject({ ok: false });
    expect(readCurriculumMap(doc).settings).toMatchObject({
      name: '电子商务专业群',
      cohortYear: 2025,
    });
  });
});

describe('setAlignment', () => {
  it('infers the kind from the target and clears a cell with null', () => {
    const doc = demoDoc();
    expect(setAlignment(doc, 'tz503', 'p-store', 'I')).toEqual({
      ok: true,
      value: { kind: 'position-course', level: 'I' },
    });
    expect(setAlignment(doc, 'tz503', 'p-store', null).ok).toBe(true);
    expect(readCurriculumMap(doc).alignments.some((a) => a.courseId === 'tz503')).toBe(false);
  });

  it('refuses a level that is not on the course’s mapping scale, and an unknown target', () => {
    const doc = demoDoc();
    expect(setAlignment(doc, 'zy401', 'c-st-k1', 'H')).toMatchObject({
      message: { key: 'domain.validation.levelNotInScale', params: { allowed: 'I, R, M' } },
    });
    expect(setAlignment(doc, 'zy401', 'c-gone', 'M')).toMatchObject({
      message: { key: 'domain.validation.unknownReference' },
    });
  });

  it('uses the scale a program chose', () => {
    const doc = demoDoc();
    setMapEntityField(doc, 'programs', 'logistics', 'scaleId', 'scale-hml');
    expect(setAlignment(doc, 'wl425', 'c-uav-k1', 'H').ok).toBe(true);
    // A course shared by programs on different scales only takes levels both scales have.
    expect(setAlignment(doc, 'wl426', 'c-wd-k1', 'H')).toMatchObject({ ok: false });
    expect(setAlignment(doc, 'wl426', 'c-wd-k1', 'M').ok).toBe(true);
  });
});
