import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initDocument } from '../migrations/migrateDoc';
import { demoDoc, peerOf, sync } from '../testing/fixtures';
import { deleteMapEntity } from './mapEntityWrites';
import { readCurriculumMap } from './readCurriculumMap';
import { setAlignment } from './setAlignment';

/** What a hostile or outdated client could put into the document, bypassing the write helpers. */
function hostileEdits(doc: Y.Doc): void {
  const courses = doc.getMap<unknown>('courses');
  courses.set('not-a-row', '京东平台店铺运营');
  const bad = courses.get('zy401') as Y.Map<unknown>;
  bad.set('hoursTheory', '二十四');
  bad.set('terms', [9]);
  bad.set('name', new Y.Text('rich name'));
  const noId = new Y.Map<unknown>();
  courses.set('bad.id', noId);
  const alignments = doc.getMap<unknown>('alignments');
  alignments.set('no-separator', { kind: 'course-competency', level: 'M' });
  alignments.set('zy401|c-st-k1', { level: 42 });
  doc.getMap<unknown>('meta').set('schemaVersion', 99);
}

describe('readCurriculumMap on hostile or outdated content', () => {
  it('reports malformed rows and cells instead of throwing, and keeps everything else', () => {
    const victim = demoDoc();
    const hostile = peerOf(victim);
    hostileEdits(hostile);
    sync(hostile, victim);
    const snapshot = readCurriculumMap(victim);
    const course = snapshot.courses.find((c) => c.id === 'zy401');
    expect(course).toMatchObject({ hoursTheory: 0, terms: [], name: '', hoursPractice: 40 });
    expect(snapshot.courses.some((c) => c.id === 'not-a-row' || c.id === 'bad.id')).toBe(false);
    expect(snapshot.courses).toHaveLength(76);
    const paths = snapshot.problems.map((p) => p.path.join('/'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'meta/schemaVersion',
        'courses/not-a-row',
        'courses/zy401/hoursTheory',
        'courses/zy401/terms',
        'courses/zy401/name',
        'courses/bad.id/id',
        'alignments/no-separator',
        'alignments/zy401|c-st-k1',
      ]),
    );
    const hours = snapshot.problems.find((p) => p.path.join('/') === 'courses/zy401/hoursTheory');
    expect(hours?.message).toEqual({
      key: 'domain.problems.invalidField',
      params: { field: 'hoursTheory', reason: 'domain.validation.notANumber' },
    });
    expect(snapshot.problems.find((p) => p.path[0] === 'meta')?.message.key).toBe(
      'domain.problems.newerSchema',
    );
  });

  it('reads a root that a hostile peer filled with the wrong type as empty', () => {
    const hostile = new Y.Doc();
    hostile.getArray('programs').push(['电子商务']);
    hostile.getMap('groups').set('g-1', 'not a row');
    const victim = new Y.Doc();
    Y.applyUpdate(victim, Y.encodeStateAsUpdate(hostile));
    const snapshot = readCurriculumMap(victim);
    expect(snapshot.programs).toEqual([]);
    expect(snapshot.problems.map((p) => p.message.key)).toEqual(['domain.problems.malformedEntry']);
  });

  it('reports a root that this peer bound to another type as unreadable', () => {
    const doc = new Y.Doc();
    doc.getArray('courses');
    const snapshot = readCurriculumMap(doc);
    expect(snapshot.courses).toEqual([]);
    expect(snapshot.problems).toEqual([
      {
        path: ['courses'],
        message: { key: 'domain.problems.unreadableRoot', params: { root: 'courses' } },
      },
    ]);
  });

  it('reports a competency deleted by one peer while another linked a course to it', () => {
    const a = demoDoc();
    const b = peerOf(a);
    expect(deleteMapEntity(a, 'competencies', 'c-st-k1').ok).toBe(true);
    expect(setAlignment(b, 'zy404', 'c-st-k1', 'R').ok).toBe(true);
    sync(a, b);
    const snapshot = readCurriculumMap(a);
    expect(snapshot.alignments).toContainEqual({
      kind: 'course-competency',
      courseId: 'zy404',
      targetId: 'c-st-k1',
      level: 'R',
    });
    expect(snapshot.problems).toEqual([
      {
        path: ['alignments', 'zy404|c-st-k1'],
        message: {
          key: 'domain.problems.danglingReference',
          params: { ref: 'competency', id: 'c-st-k1' },
        },
      },
    ]);
  });

  it('reports a group loop made by two concurrent re-parentings without looping itself', () => {
    const a = new Y.Doc();
    initDocument(a, 'curriculum-map');
    const groups = a.getMap<unknown>('groups');
    for (const [id, parentId] of [
      ['g-a', 'g-b'],
      ['g-b', 'g-a'],
    ] as const) {
      const row = new Y.Map<unknown>();
      groups.set(id, row);
      row.set('name', id);
      row.set('kind', 'platform');
      row.set('parentId', parentId);
    }
    const snapshot = readCurriculumMap(a);
    expect(snapshot.groups).toHaveLength(2);
    expect(snapshot.problems.map((p) => p.message.key)).toEqual([
      'domain.validation.cycle',
      'domain.validation.cycle',
    ]);
  });

  it('reports an alignment level that no mapping scale knows', () => {
    const doc = demoDoc();
    doc.getMap('alignments').set('zy401|c-st-k1', { kind: 'course-competency', level: 'X' });
    expect(readCurriculumMap(doc).problems).toEqual([
      {
        path: ['alignments', 'zy401|c-st-k1'],
        message: {
          key: 'domain.validation.levelNotInScale',
          params: { level: 'X', allowed: 'I, R, M, L, H' },
        },
      },
    ]);
  });

  it('reads the demo seed without a single problem', () => {
    const snapshot = readCurriculumMap(demoDoc());
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.schemaVersion).toBe(2);
  });
});
