import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initDocument } from '../migrations/migrateDoc';
import { seedDemoCourseStandard, seedDemoCourseStandards } from '../seed/seedDemoCourseStandards';
import { peerOf, sync } from '../testing/fixtures';
import { readCourseStandard } from './readCourseStandard';
import { NARRATIVE_SECTION_IDS, STANDARD_SECTION_IDS, sectionRootName } from './sections';
import {
  addStandardEntity,
  deleteStandardEntity,
  getSectionText,
  setStandardEntityField,
  setStandardInfoField,
} from './standardWrites';

function liveStandardPeers(): [Y.Doc, Y.Doc] {
  const live = seedDemoCourseStandards().find((s) => s.key === 'live-commerce');
  if (!live) throw new Error('no demo standard');
  const a = new Y.Doc();
  seedDemoCourseStandard(a, live);
  return [a, peerOf(a)];
}

describe('course-standard layout', () => {
  it('keeps the template’s section order and names one rich-text root per narrative section', () => {
    expect(STANDARD_SECTION_IDS).toEqual([
      'course-info',
      'nature-positioning',
      'design-rationale',
      'objectives',
      'content',
      'teaching-implementation',
      'assessment',
      'resources',
      'appendix',
    ]);
    const doc = new Y.Doc();
    initDocument(doc, 'course-standard');
    for (const id of NARRATIVE_SECTION_IDS) {
      const text = getSectionText(doc, id);
      expect(text).toBeInstanceOf(Y.XmlText);
      expect(doc.share.get(sectionRootName(id))).toBe(text);
    }
    expect(sectionRootName('design-rationale')).toBe('section:design-rationale');
  });

  it('reads back what the seed wrote, in order', () => {
    const [a] = liveStandardPeers();
    const standard = readCourseStandard(a);
    expect(standard.problems).toEqual([]);
    expect(standard.info).toMatchObject({ courseId: 'zy411', prerequisiteIds: ['pt207', 'zy401'] });
    expect(standard.objectives.map((o) => o.code)).toEqual([
      'K1',
      'K2',
      'S1',
      'S2',
      'S3',
      'S4',
      'Q1',
      'Q2',
    ]);
    expect(standard.units.map((u) => u.id)).toEqual([
      'unit-1',
      'unit-2',
      'unit-3',
      'unit-4',
      'unit-5',
      'unit-6',
      'unit-7',
    ]);
    expect(standard.authors.map((a) => a.side)).toEqual([
      'school',
      'school',
      'enterprise',
      'enterprise',
    ]);
  });

  it('keeps concurrent edits of different cells of one content unit', () => {
    const [a, b] = liveStandardPeers();
    expect(setStandardEntityField(a, 'units', 'unit-5', 'hoursPractice', '10').ok).toBe(true);
    expect(setStandardEntityField(b, 'units', 'unit-5', 'venue', 'mixed').ok).toBe(true);
    sync(a, b);
    for (const doc of [a, b]) {
      expect(readCourseStandard(doc).units.find((u) => u.id === 'unit-5')).toMatchObject({
        hoursPractice: 10,
        venue: 'mixed',
      });
    }
  });

  it('merges competency links added to one objective by two people at once', () => {
    const [a, b] = liveStandardPeers();
    setStandardEntityField(a, 'objectives', 'obj-s1', 'competencies.c-sv-s1', 'R');
    setStandardEntityField(b, 'objectives', 'obj-s1', 'competencies.c-lv-k1', 'I');
    sync(a, b);
    expect(readCourseStandard(b).objectives.find((o) => o.id === 'obj-s1')?.competencies).toEqual({
      'c-lv-s1': 'M',
      'c-sv-s1': 'R',
      'c-lv-k1': 'I',
    });
    setStandardEntityField(a, 'objectives', 'obj-s1', 'competencies.c-lv-k1', null);
    expect(
      readCourseStandard(a).objectives.find((o) => o.id === 'obj-s1')?.competencies,
    ).not.toHaveProperty('c-lv-k1');
  });

  it('refuses a weight over 100 and a negative unit hour without writing', () => {
    const [a] = liveStandardPeers();
    const before = Y.encodeStateVector(a);
    expect(setStandardEntityField(a, 'assessment', 'asm-final', 'weight', 120)).toMatchObject({
      ok: false,
      message: { key: 'domain.validation.tooLarge' },
    });
    expect(setStandardEntityField(a, 'units', 'unit-1', 'hoursTheory', '-1')).toMatchObject({
      ok: false,
    });
    expect(setStandardInfoField(a, 'approvedOn', 'June 2024')).toMatchObject({ ok: false });
    expect(Y.encodeStateVector(a)).toEqual(before);
  });

  it('adds and deletes rows', () => {
    const [a] = liveStandardPeers();
    const added = addStandardEntity(a, 'assessment', {
      kind: 'certificate',
      name: '证书替代',
      weight: 0,
    });
    expect(added.ok).toBe(true);
    expect(readCourseStandard(a).assessment.at(-1)?.name).toBe('证书替代');
    if (added.ok) expect(deleteStandardEntity(a, 'assessment', added.value.id).ok).toBe(true);
    expect(readCourseStandard(a).assessment).toHaveLength(3);
  });

  it('reports a hostile row instead of throwing', () => {
    const [a, b] = liveStandardPeers();
    const unit = b.getMap('units').get('unit-2') as Y.Map<unknown>;
    unit.set('hoursTheory', -5);
    b.getMap('objectives').set('obj-x', 42);
    b.getMap('info').set('courseId', { nested: true });
    sync(a, b);
    const standard = readCourseStandard(a);
    expect(standard.units.find((u) => u.id === 'unit-2')?.hoursTheory).toBe(0);
    expect(standard.info.courseId).toBeNull();
    expect(standard.problems.map((p) => p.path.join('/'))).toEqual([
      'info/courseId',
      'objectives/obj-x',
      'units/unit-2/hoursTheory',
    ]);
  });
});
