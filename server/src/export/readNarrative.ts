import {
  type DocumentSection,
  STANDARD_SECTIONS,
  type StandardSectionId,
  sectionRootName,
} from '@tandem/domain';
import * as Y from 'yjs';
import { type ExportBlock, readRichBlocks } from './readRichBlocks';

type Section<Id extends string> = Pick<DocumentSection, 'narrative'> & { id: Id };

/**
 * The narrative (rich-text) sections of a structured document, each as export blocks. Course
 * standards and talent plans name their roots alike, so one reader serves every type: pass the
 * type's sections (`documentSections(type)` or its typed list); without them, a course standard's.
 */
export function readNarrative(doc: Y.Doc): Partial<Record<StandardSectionId, ExportBlock[]>>;
export function readNarrative<Id extends string>(
  doc: Y.Doc,
  sections: readonly Section<Id>[],
): Partial<Record<Id, ExportBlock[]>>;
export function readNarrative(
  doc: Y.Doc,
  sections: readonly Section<string>[] = STANDARD_SECTIONS,
): Partial<Record<string, ExportBlock[]>> {
  const out: Partial<Record<string, ExportBlock[]>> = {};
  for (const { id, narrative } of sections) {
    if (!narrative) continue;
    const name = sectionRootName(id);
    // Asking for a root that was never written would define it on a live room's doc.
    if (!doc.share.has(name)) continue;
    out[id] = readRichBlocks(doc.get(name, Y.XmlText) as Y.XmlText);
  }
  return out;
}
