import {
  deleteMapEntity,
  planCourses,
  readCurriculumMap,
  seedDemoCurriculumMap,
  setAlignment,
} from '@tandem/domain';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { coverageHeatmap, heatStep } from './coverageModel';
import { columnCounts, levelIndex, levelStrength, matrixColumns, scaleFor } from './matrixModel';

function demo(): Y.Doc {
  const doc = new Y.Doc();
  seedDemoCurriculumMap(doc);
  return doc;
}

describe('alignment matrix model', () => {
  it('groups competency columns under their positions, in position order', () => {
    const snapshot = readCurriculumMap(demo());
    const columns = matrixColumns(snapshot, 'competencies', null);
    expect(columns).toHaveLength(snapshot.competencies.length);
    const bands = columns.map((c) => c.band?.id);
    expect(bands.filter((b, i) => b !== bands[i - 1])).toEqual(snapshot.positions.map((p) => p.id));
  });

  it('narrows targets to the program, and reads levels on the program scale', () => {
    const snapshot = readCurriculumMap(demo());
    const all = matrixColumns(snapshot, 'certificates', null);
    const logistics = matrixColumns(snapshot, 'certificates', 'logistics');
    expect(logistics.length).toBeLessThan(all.length);
    const scale = scaleFor(snapshot, 'ecommerce');
    expect(scale.levels.map((l) => l.code)).toEqual(['I', 'R', 'M']);
    expect([
      levelStrength('I', scale),
      levelStrength('R', scale),
      levelStrength('M', scale),
    ]).toEqual([1, 2, 3]);
  });

  it('counts the courses serving each column; an unlinked certificate shows 0', () => {
    const doc = demo();
    const before = readCurriculumMap(doc);
    const certificate = before.certificates[0];
    if (!certificate) throw new Error('no certificate');
    for (const a of before.alignments.filter((a) => a.targetId === certificate.id))
      setAlignment(doc, a.courseId, a.targetId, null);
    const snapshot = readCurriculumMap(doc);
    const columns = matrixColumns(snapshot, 'certificates', null);
    const counts = columnCounts(columns, snapshot.courses, levelIndex(snapshot.alignments));
    expect(counts.get(certificate.id)).toBe(0);
    expect([...counts.values()].filter((n) => n > 0).length).toBe(columns.length - 1);
  });
});

describe('coverage heatmap', () => {
  it('has a column per top-level group and no gaps in the demo map', () => {
    const snapshot = readCurriculumMap(demo());
    const plan = planCourses(snapshot).map((p) => p.course);
    const heat = coverageHeatmap(snapshot, plan, null);
    expect(heat.columns.map((c) => c.id)).toEqual([
      'g-platform',
      'g-dir-store',
      'g-dir-live',
      'g-dir-logistics',
      'g-dir-marketing',
      'g-dir-bigdata',
      'g-dir-bizadmin',
      'g-expansion',
    ]);
    expect(heat.rows.filter((r) => r.kind !== 'competency' && r.total === 0)).toEqual([]);
    const position = heat.rows.find((r) => r.kind === 'position');
    expect(position?.counts.reduce((a, b) => a + b, 0)).toBe(position?.total);
  });

  it('shows a position nobody serves as a gap, and courses linked to nothing', () => {
    const doc = demo();
    const snapshot0 = readCurriculumMap(doc);
    const course = snapshot0.courses[0];
    if (!course) throw new Error('no course');
    for (const a of snapshot0.alignments.filter((a) => a.courseId === course.id))
      setAlignment(doc, a.courseId, a.targetId, null);
    const position = snapshot0.positions[0];
    if (!position) throw new Error('no position');
    const linkedToIt = snapshot0.alignments.filter((a) => a.targetId === position.id);
    for (const a of linkedToIt) setAlignment(doc, a.courseId, a.targetId, null);
    for (const t of snapshot0.tasks.filter((t) => t.positionId === position.id))
      for (const c of snapshot0.competencies.filter((c) => c.taskId === t.id))
        deleteMapEntity(doc, 'competencies', c.id);
    const snapshot = readCurriculumMap(doc);
    const heat = coverageHeatmap(snapshot, snapshot.courses, null);
    expect(heat.rows.find((r) => r.id === position.id)?.total).toBe(0);
    expect(heat.idle.map((c) => c.id)).toContain(course.id);
  });

  it('tints by steps a legend can explain', () => {
    expect([0, 1, 2, 3, 4, 5, 12].map(heatStep)).toEqual([0, 1, 2, 3, 3, 4, 4]);
  });
});
