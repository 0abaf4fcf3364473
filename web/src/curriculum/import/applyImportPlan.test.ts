import {
  addCourse,
  MAP_ROOTS,
  readCurriculumMap,
  seedDemoCurriculumMap,
  setCourseField,
} from '@tandem/domain';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MapWriter } from '../map/useMapWriter';
import { applyImportPlan } from './applyImportPlan';
import { buildImportPlan } from './buildImportPlan';
import { guessMapping } from './importFields';

/** The parts of the map writer an import uses, wired like `useMapWriter`. */
function testWriter(doc: Y.Doc) {
  const origin = { source: 'client', area: 'curriculum-map', userId: 'u1' } as const;
  const roots = Object.values(MAP_ROOTS).map((name) => doc.getMap(name));
  const history = new Y.UndoManager(roots, {
    trackedOrigins: new Set([origin]),
    captureTimeout: 0,
  });
  const writer = {
    origin,
    undo: () => history.undo(),
    transact: (writes: () => void) => doc.transact(writes, origin),
    addCourse: (input: Parameters<MapWriter['addCourse']>[0]) => addCourse(doc, input, origin),
    courseField: (id: string, field: string, raw: unknown) =>
      setCourseField(doc, id, field as never, raw, origin),
  } as unknown as MapWriter;
  return { writer, history };
}

const header = ['code', 'name', 'theory hours', 'credits'];

describe('applyImportPlan', () => {
  it('writes adds and updates in one transaction that one undo takes back', () => {
    const doc = new Y.Doc();
    seedDemoCurriculumMap(doc);
    const before = readCurriculumMap(doc);
    const existing = before.courses[0];
    const group = before.groups[0];
    if (!existing || !group) throw new Error('demo map has courses and groups');
    const rows = [
      header,
      ['IMP1', 'Import one', '10', '1'],
      ['IMP2', 'Import two', '', ''],
      [existing.code, '', '77', ''],
    ];
    const plan = buildImportPlan(rows, 0, guessMapping(header), before.courses, 'update');
    const { writer, history } = testWriter(doc);
    let updates = 0;
    doc.on('update', () => {
      updates += 1;
    });

    const result = applyImportPlan(writer, plan, {
      groupId: group.id,
      category: 'professional',
      programIds: [],
    });

    expect(result).toEqual({ ok: true, added: 2, updated: 1 });
    expect(updates).toBe(1);
    const after = readCurriculumMap(doc);
    expect(after.courses.find((c) => c.code === 'IMP1')).toMatchObject({
      groupId: group.id,
      hoursTheory: 10,
      credits: 1,
    });
    expect(after.courses.find((c) => c.id === existing.id)?.hoursTheory).toBe(77);
    expect(history.undoStack.length).toBe(1);

    history.undo();
    const undone = readCurriculumMap(doc);
    expect(undone.courses.some((c) => c.code.startsWith('IMP'))).toBe(false);
    expect(undone.courses.find((c) => c.id === existing.id)?.hoursTheory).toBe(
      existing.hoursTheory,
    );
  });

  it('writes nothing when the map refuses a row (the group is gone)', () => {
    const doc = new Y.Doc();
    seedDemoCurriculumMap(doc);
    const rows = [header, ['IMP1', 'Import one', '1', '1']];
    const plan = buildImportPlan(rows, 0, guessMapping(header), [], 'skip');
    const { writer } = testWriter(doc);
    const result = applyImportPlan(writer, plan, {
      groupId: 'no-such-group',
      category: 'professional',
      programIds: [],
    });
    expect(result.ok).toBe(false);
    expect(readCurriculumMap(doc).courses.some((c) => c.code === 'IMP1')).toBe(false);
  });
});
