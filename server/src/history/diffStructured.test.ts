import {
  addStandardEntity,
  initDocument,
  readCurriculumMap,
  seedDemoCurriculumMap,
  setAlignment,
  setCourseField,
  setStandardEntityField,
} from '@tandem/domain';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { structuredChanges } from './diffStructured';

const copy = (doc: Y.Doc) => {
  const out = new Y.Doc();
  Y.applyUpdate(out, Y.encodeStateAsUpdate(doc));
  return out;
};

describe('structuredChanges', () => {
  it('[H7] reads a course standard as objectives added, removed and reworded', () => {
    const doc = new Y.Doc();
    initDocument(doc, 'course-standard');
    const s3 = addStandardEntity(doc, 'objectives', {
      dimension: 'skill',
      code: 'S3',
      text: 'Run a live-stream session',
    });
    if (!s3.ok) throw new Error('objective not added');
    const before = copy(doc);
    const editor = new Y.Doc();
    Y.applyUpdate(editor, Y.encodeStateAsUpdate(doc));
    setStandardEntityField(
      editor,
      'objectives',
      s3.value.id,
      'text',
      'Plan and run a live-stream session',
    );
    addStandardEntity(editor, 'objectives', {
      dimension: 'quality',
      code: 'Q1',
      text: 'Integrity',
    });

    const changes = structuredChanges(before, copy(editor));
    expect(changes.map((c) => c.summary)).toEqual([
      'objective S3: text reworded',
      'objectives: added objective Q1',
    ]);
    // The reworded cell was written by the editor's client, after `before`.
    expect(changes[0]?.writers.map((id) => id.client)).toEqual([editor.clientID]);
    expect(structuredChanges(before, copy(before))).toEqual([]);
  });

  it('[H7] compares a curriculum map with alignments cell by cell: one hours change is one change', () => {
    const doc = new Y.Doc();
    seedDemoCurriculumMap(doc);
    const map = readCurriculumMap(doc);
    expect(map.alignments.length).toBeGreaterThan(1);
    const course = map.courses[0]!;
    const before = copy(doc);
    setCourseField(doc, course.id, 'hoursPractice', course.hoursPractice + 16);

    const changes = structuredChanges(before, copy(doc));
    expect(changes.map((c) => c.summary)).toEqual([
      `${course.name}: practice hours ${course.hoursPractice} → ${course.hoursPractice + 16}`,
    ]);
    expect(structuredChanges(before, copy(before))).toEqual([]);

    const cell = map.alignments[0]!;
    setAlignment(doc, cell.courseId, cell.targetId, null);
    const removed = structuredChanges(before, copy(doc)).filter((c) => c.change === 'removed');
    expect(removed.map((c) => [c.collection, c.entityId])).toEqual([
      ['alignments', `${cell.courseId}|${cell.targetId}`],
    ]);
    // Named the way people read the matrix: the course and what it serves, not two ids.
    const target = [...map.competencies, ...map.certificates].find((t) => t.id === cell.targetId);
    const aligned = map.courses.find((c) => c.id === cell.courseId);
    expect(removed[0]?.entityLabel).toBe(`${aligned?.name} × ${target?.name}`);
  });
});
