import { PLAN_SECTIONS, sectionRootName } from '@tandem/domain';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeRichText } from '../documents/writeRichText';
import { readNarrative } from './readNarrative';
import type { ExportBlock } from './readRichBlocks';

const text = (blocks: ExportBlock[] | undefined) =>
  (blocks ?? []).map((b) => ('runs' in b ? b.runs.map((r) => r.text).join('') : b.kind));

describe('readNarrative', () => {
  it('reads a talent plan’s narrative sections when given the plan’s sections', () => {
    const doc = new Y.Doc();
    writeRichText(doc, sectionRootName('career'), [
      { kind: 'paragraph', text: 'E-commerce operations specialists.' },
    ]);
    writeRichText(doc, sectionRootName('graduation'), [
      { kind: 'paragraph', text: '150 credits.' },
    ]);
    const narrative = readNarrative(doc, PLAN_SECTIONS);
    expect(text(narrative.career)).toEqual(['E-commerce operations specialists.']);
    expect(text(narrative.graduation)).toEqual(['150 credits.']);
    // A course standard has neither section: read as one, the plan's text is not found.
    expect(Object.keys(readNarrative(doc))).toEqual([]);
  });

  it('leaves out structured-only sections and roots never written', () => {
    const doc = new Y.Doc();
    // The schedule is built from the map; a stray root of that name is not the plan's text.
    writeRichText(doc, sectionRootName('schedule'), [{ kind: 'paragraph', text: 'stray' }]);
    expect(readNarrative(doc, PLAN_SECTIONS)).toEqual({});
    expect(doc.share.has(sectionRootName('career'))).toBe(false);
  });

  it('still reads a course standard by default', () => {
    const doc = new Y.Doc();
    writeRichText(doc, sectionRootName('design-rationale'), [
      { kind: 'paragraph', text: 'Work-process based.' },
    ]);
    expect(text(readNarrative(doc)['design-rationale'])).toEqual(['Work-process based.']);
  });
});
