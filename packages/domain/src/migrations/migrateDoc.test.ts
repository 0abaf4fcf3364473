import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCurriculumMap } from '../curriculum/readCurriculumMap';
import { initDocLayout, RICH_TEXT_ROOT, readDocMeta } from '../docLayout';
import { readCourseStandard } from '../standard/readCourseStandard';
import { sync } from '../testing/fixtures';
import { initDocument, LEGACY_RICH_TEXT_KEY, migrateDoc } from './migrateDoc';

/** A v1 document as the first release wrote it: header only, everything typed as rich text. */
function v1Doc(type: 'curriculum-map' | 'course-standard', text: string): Y.Doc {
  const doc = new Y.Doc();
  initDocLayout(doc, type);
  doc.get(RICH_TEXT_ROOT, Y.XmlText).insert(0, text);
  return doc;
}

describe('migrateDoc', () => {
  it('upgrades a v1 curriculum map in place and keeps the rich text typed before', () => {
    const doc = v1Doc('curriculum-map', '专业群课程体系草稿');
    const result = migrateDoc(doc);
    expect(result).toEqual({ type: 'curriculum-map', from: 1, to: 2, status: 'migrated' });
    expect(readDocMeta(doc)).toEqual({ schemaVersion: 2, type: 'curriculum-map' });
    expect(doc.getMap('meta').get(LEGACY_RICH_TEXT_KEY)).toBe(RICH_TEXT_ROOT);
    expect(doc.get(RICH_TEXT_ROOT, Y.XmlText).toString()).toBe('专业群课程体系草稿');
    const snapshot = readCurriculumMap(doc);
    expect(snapshot.scales.map((s) => s.levels.map((l) => l.code))).toEqual([['I', 'R', 'M']]);
    expect(snapshot.problems).toEqual([]);
  });

  it('upgrades a v1 course standard without inventing content', () => {
    const doc = v1Doc('course-standard', '课程标准初稿');
    expect(migrateDoc(doc).status).toBe('migrated');
    const standard = readCourseStandard(doc);
    expect(standard.schemaVersion).toBe(2);
    expect(standard.units).toEqual([]);
    expect(doc.getMap('meta').get(LEGACY_RICH_TEXT_KEY)).toBe(RICH_TEXT_ROOT);
  });

  it('gives a v0 document (no header) a header, recognising its type by its roots', () => {
    const doc = new Y.Doc();
    const row = new Y.Map<unknown>();
    doc.getMap('courses').set('zy401', row);
    row.set('name', '京东平台店铺运营');
    expect(migrateDoc(doc)).toEqual({ type: 'curriculum-map', from: 0, to: 2, status: 'migrated' });
    expect(readDocMeta(doc)).toEqual({ schemaVersion: 2, type: 'curriculum-map' });
    expect(doc.getMap('meta').has(LEGACY_RICH_TEXT_KEY)).toBe(false);
  });

  it('leaves a header-less document it cannot recognise alone, unless told its type', () => {
    const doc = new Y.Doc();
    doc.get(RICH_TEXT_ROOT, Y.XmlText).insert(0, '会议纪要');
    const before = Y.encodeStateVector(doc);
    expect(migrateDoc(doc)).toMatchObject({ status: 'unknown-type', type: null });
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(migrateDoc(doc, { type: 'notes' })).toEqual({
      type: 'notes',
      from: 0,
      to: 1,
      status: 'migrated',
    });
  });

  it('is idempotent and leaves a newer document untouched', () => {
    const doc = new Y.Doc();
    initDocument(doc, 'curriculum-map');
    const before = Y.encodeStateVector(doc);
    expect(migrateDoc(doc).status).toBe('current');
    expect(Y.encodeStateVector(doc)).toEqual(before);
    doc.getMap('meta').set('schemaVersion', 3);
    expect(migrateDoc(doc)).toEqual({ type: 'curriculum-map', from: 3, to: 3, status: 'newer' });
    expect(readDocMeta(doc).schemaVersion).toBe(3);
  });

  it('converges when two peers migrate the same old document at once', () => {
    const a = v1Doc('curriculum-map', '草稿');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    migrateDoc(a);
    migrateDoc(b);
    sync(a, b);
    expect(readCurriculumMap(a)).toEqual(readCurriculumMap(b));
    expect(readCurriculumMap(a).scales).toHaveLength(1);
    expect(migrateDoc(a).status).toBe('current');
  });

  it('runs in one transaction with a migration origin', () => {
    const doc = v1Doc('curriculum-map', '草稿');
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    migrateDoc(doc);
    expect(origins).toEqual([{ source: 'migration', from: 1, to: 2 }]);
  });
});
