// @vitest-environment happy-dom
import { addStandardEntity, type DomainMessage, readCourseStandard } from '@tandem/domain';
import { $getRoot } from 'lexical';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SAMPLE, sampleStandardDocx } from '../../test/standardDocx';
import { editorNodes } from '../editor/editorNodes';
import { applyDocImport, type DocImportOrigin } from './applyDocImport';
import { buildDocImportPlan } from './buildDocImportPlan';
import type { DocImportProfile } from './DocImportProfile';
import { narrativeUpdate } from './narrativeUpdate';
import { openMirror } from './openMirror';
import { courseStandardImport } from './profiles/courseStandardProfile';
import { convertDocx } from './readDocx';

const origin: DocImportOrigin = { source: 'client', area: 'doc-import', userId: 'u1' };
let html = '';
const refusal: DomainMessage = { key: 'domain.validation.invalid', params: {} };

function sectionText(doc: Y.Doc, id: string): string {
  const rootName = `section:${id}`;
  const mirror = openMirror(doc, [rootName], editorNodes);
  try {
    return mirror.editor(rootName).read(() => $getRoot().getTextContent());
  } finally {
    mirror.destroy();
  }
}

function planFor(doc: Y.Doc, profile: DocImportProfile = courseStandardImport) {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return buildDocImportPlan(body, profile, (c) => profile.takenCodes?.(doc, c) ?? new Set());
}

/** A standard someone has started: one unit, and a line of design rationale. */
function startedStandard(): Y.Doc {
  const doc = new Y.Doc();
  addStandardEntity(doc, 'units', {
    module: 'Existing',
    task: 'Existing task',
    hoursTheory: 2,
    hoursPractice: 2,
    deliveredBy: 'school',
  });
  const update = narrativeUpdate(
    doc,
    [{ rootName: 'section:design-rationale', html: '<p>Typed before.</p>', mode: 'append' }],
    editorNodes,
  );
  Y.applyUpdate(doc, update);
  return doc;
}

beforeAll(async () => {
  const read = await convertDocx(new Uint8Array(await sampleStandardDocx()).buffer);
  if (!read.ok) throw new Error(read.error.code);
  html = read.html;
});

describe('applying a Word import to a course standard', () => {
  it('writes sections and valid rows in one transaction, after what was there', () => {
    const doc = startedStandard();
    let transactions = 0;
    doc.on('afterTransaction', () => {
      transactions += 1;
    });
    const result = applyDocImport(doc, courseStandardImport, planFor(doc), {}, origin, editorNodes);
    expect(result).toMatchObject({ ok: true, sections: 6, rows: 3 + 1 + 3 });
    expect(transactions).toBe(1);
    const standard = readCourseStandard(doc);
    expect(standard.units.map((u) => u.task)).toEqual(['Existing task', SAMPLE.goodTask]);
    expect(standard.objectives.map((o) => o.code)).toEqual(['K1', 'S1', 'Q1']);
    expect(standard.assessment.map((a) => a.weight)).toEqual([30, 40, 30]);
    expect(sectionText(doc, 'nature-positioning')).toContain(SAMPLE.nature);
    expect(sectionText(doc, 'design-rationale')).toMatch(/^Typed before\.\n\n（一）设计理念/);
  });

  it('replaces a section’s text when asked', () => {
    const doc = startedStandard();
    applyDocImport(
      doc,
      courseStandardImport,
      planFor(doc),
      { 'design-rationale': 'replace' },
      origin,
      editorNodes,
    );
    expect(sectionText(doc, 'design-rationale')).not.toContain('Typed before.');
    expect(sectionText(doc, 'design-rationale')).toContain(SAMPLE.rationale);
  });

  it('is taken back by one undo, leaving what was there before', () => {
    const doc = startedStandard();
    const result = applyDocImport(doc, courseStandardImport, planFor(doc), {}, origin, editorNodes);
    if (!result.ok) throw new Error('import refused');
    result.undo.undo();
    const standard = readCourseStandard(doc);
    expect(standard.units.map((u) => u.task)).toEqual(['Existing task']);
    expect(standard.objectives).toEqual([]);
    expect(standard.assessment).toEqual([]);
    expect(sectionText(doc, 'nature-positioning')).toBe('');
    expect(sectionText(doc, 'design-rationale')).toBe('Typed before.');
  });

  it('keeps nothing when a row is refused at write time', () => {
    const doc = startedStandard();
    let calls = 0;
    const refusing: DocImportProfile = {
      ...courseStandardImport,
      addRow: (d, collection, values, o) => {
        // The preview's dry run passes; the real write (on `doc`) is refused the second time.
        if (d === doc && ++calls === 2) return { ok: false, message: refusal };
        return courseStandardImport.addRow(d, collection, values, o);
      },
    };
    const result = applyDocImport(doc, refusing, planFor(doc, refusing), {}, origin, editorNodes);
    expect(result).toMatchObject({ ok: false, line: 3 });
    const restored = readCourseStandard(doc);
    expect(restored.objectives).toEqual([]);
    expect(restored.units).toHaveLength(1);
    expect(sectionText(doc, 'nature-positioning')).toBe('');
  });
});
