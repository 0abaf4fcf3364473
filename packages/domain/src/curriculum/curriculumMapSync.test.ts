import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initDocument } from '../migrations/migrateDoc';
import { peerOf, sync } from '../testing/fixtures';
import { addCourse, setCourseField } from './courseWrites';
import { addMapEntity } from './mapEntityWrites';
import { readCurriculumMap } from './readCurriculumMap';
import { setAlignment } from './setAlignment';

/** A small map shared by two peers: two programs, one group, one course, one competency. */
function twoPeers(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  initDocument(a, 'curriculum-map');
  addMapEntity(a, 'programs', {
    id: 'ecommerce',
    code: '530701',
    name: '电子商务',
    scaleId: 'scale-irm',
  });
  addMapEntity(a, 'programs', {
    id: 'marketing',
    code: '530605',
    name: '市场营销',
    scaleId: 'scale-irm',
  });
  addMapEntity(a, 'groups', { id: 'g-store', name: '店铺运营方向模块', kind: 'direction' });
  addMapEntity(a, 'positions', { id: 'p-store', name: '店铺运营' });
  addMapEntity(a, 'tasks', { id: 't-list', positionId: 'p-store', name: '商品上架' });
  addMapEntity(a, 'competencies', {
    id: 'c-st-s1',
    taskId: 't-list',
    code: 'ST-S1',
    dimension: 'skill',
    name: '商品发布',
  });
  const added = addCourse(a, {
    id: 'zy401',
    code: 'ZY401',
    name: '京东平台店铺运营',
    nature: 'compulsory',
    category: 'professional',
    hoursTheory: 24,
    hoursPractice: 40,
    credits: 4,
    terms: [3],
    assessment: 'exam',
    deliveredBy: 'joint',
    groupId: 'g-store',
    programIds: ['ecommerce'],
  });
  expect(added.ok).toBe(true);
  return [a, peerOf(a)];
}

const course = (doc: Y.Doc) => readCurriculumMap(doc).courses.find((c) => c.id === 'zy401');

describe('curriculum-map layout: every cell is its own Yjs change', () => {
  it('keeps both edits when two people change different cells of one course at once', () => {
    const [a, b] = twoPeers();
    expect(setCourseField(a, 'zy401', 'hoursTheory', '20').ok).toBe(true);
    expect(setCourseField(b, 'zy401', 'hoursPractice', '44').ok).toBe(true);
    expect(setCourseField(b, 'zy401', 'enterpriseMentor', '京东零售店铺运营导师').ok).toBe(true);
    sync(a, b);
    for (const doc of [a, b]) {
      expect(course(doc)).toMatchObject({
        hoursTheory: 20,
        hoursPractice: 44,
        enterpriseMentor: '京东零售店铺运营导师',
      });
    }
  });

  it('resolves the same cell edited by both to one value, identical on both peers', () => {
    const [a, b] = twoPeers();
    setCourseField(a, 'zy401', 'credits', '3.5');
    setCourseField(b, 'zy401', 'credits', '4.5');
    sync(a, b);
    const credits = course(a)?.credits;
    expect([3.5, 4.5]).toContain(credits);
    expect(course(b)?.credits).toBe(credits);
    expect(Y.encodeStateAsUpdate(a)).toEqual(Y.encodeStateAsUpdate(b));
  });

  it('merges programs ticked at once and term columns filled at once', () => {
    const [a, b] = twoPeers();
    setCourseField(a, 'zy401', 'programIds', ['ecommerce', 'marketing']);
    setCourseField(b, 'zy401', 'integration', ['curriculum-certificate']);
    setCourseField(a, 'zy401', 'weeklyHours.3', '4');
    setCourseField(b, 'zy401', 'weeklyHours.4', '2');
    sync(a, b);
    expect(course(b)).toMatchObject({
      programIds: ['ecommerce', 'marketing'],
      integration: ['curriculum-certificate'],
      weeklyHours: { '3': 4, '4': 2 },
    });
    expect(course(a)).toEqual(course(b));
  });

  it('clears one term column without touching the others', () => {
    const [a] = twoPeers();
    setCourseField(a, 'zy401', 'weeklyHours.3', 4);
    setCourseField(a, 'zy401', 'weeklyHours.4', 2);
    setCourseField(a, 'zy401', 'weeklyHours.3', '');
    expect(course(a)?.weeklyHours).toEqual({ '4': 2 });
  });

  it('keeps concurrent alignment cells of one course apart', () => {
    const [a, b] = twoPeers();
    addMapEntity(a, 'certificates', { id: 'cert-store', name: '网店运营推广', kind: '1+X' });
    sync(a, b);
    setAlignment(a, 'zy401', 'c-st-s1', 'M');
    setAlignment(b, 'zy401', 'cert-store', 'R');
    sync(a, b);
    expect(readCurriculumMap(b).alignments).toEqual([
      { kind: 'course-competency', courseId: 'zy401', targetId: 'c-st-s1', level: 'M' },
      { kind: 'course-certificate', courseId: 'zy401', targetId: 'cert-store', level: 'R' },
    ]);
  });

  it('writes nothing when a value is refused, and nothing when it is unchanged', () => {
    const [a] = twoPeers();
    const before = Y.encodeStateVector(a);
    expect(setCourseField(a, 'zy401', 'hoursTheory', '-3')).toMatchObject({ ok: false });
    expect(setCourseField(a, 'zy401', 'hoursTheory', '24')).toMatchObject({ ok: true });
    expect(setCourseField(a, 'zy401', 'programIds', 'ecommerce')).toMatchObject({ ok: true });
    expect(Y.encodeStateVector(a)).toEqual(before);
  });

  it('makes each write one transaction carrying the caller’s origin', () => {
    const [a] = twoPeers();
    const origins: unknown[] = [];
    a.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const origin = { source: 'client', connId: 7 };
    setCourseField(a, 'zy401', 'terms', '3,4', origin);
    expect(origins).toEqual([origin]);
  });
});
