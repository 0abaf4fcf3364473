import { NARRATIVE_SECTION_IDS, type StandardSectionId, sectionRootName } from '@tandem/domain';
import * as Y from 'yjs';
import { type ExportBlock, readRichBlocks } from './readRichBlocks';

/** The narrative (rich-text) sections of a course standard, each as export blocks. */
export function readNarrative(doc: Y.Doc): Partial<Record<StandardSectionId, ExportBlock[]>> {
  const out: Partial<Record<StandardSectionId, ExportBlock[]>> = {};
  for (const id of NARRATIVE_SECTION_IDS) {
    const name = sectionRootName(id);
    // Asking for a root that was never written would define it on a live room's doc.
    if (!doc.share.has(name)) continue;
    out[id] = readRichBlocks(doc.get(name, Y.XmlText) as Y.XmlText);
  }
  return out;
}
