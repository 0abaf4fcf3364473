import type { DocImportProfile, DocSection, ForeignTable } from './DocImportProfile';
import { sectionMatcher } from './matchHeading';
import { type PlannedTable, planTable, recogniseTable } from './planTable';
import { readTableGrid, tableText } from './readTableGrid';
import { type Chunk, splitSections } from './splitSections';

/** What goes into one section's rich text. */
export interface PlannedNarrative {
  section: DocSection;
  /** The headings of the file that led here (a section may be named twice). */
  headings: string[];
  html: string;
  text: string;
  blocks: number;
}

/** Something of the file the import cannot put anywhere: listed for a person to place. */
export interface UnplacedItem {
  kind: 'heading' | 'preamble' | 'image' | 'noText' | 'row' | ForeignTable['kind'];
  /** The file's heading it was under, or a template section's id for 'noText' and 'row'. */
  where: string | null;
  sectionId: string | null;
  text: string;
  /** For 'row': the row of the Word table. */
  line?: number;
}

export interface DocImportPlan {
  narratives: PlannedNarrative[];
  tables: PlannedTable[];
  unplaced: UnplacedItem[];
  /** Template sections the file names, in template order. */
  sectionIds: string[];
}

/** Plain text of a block for copying: tables as tab-separated rows, lists one item a line. */
export function blockText(el: Element): string {
  if (el.tagName === 'TABLE') return tableText(el);
  if (el.tagName === 'UL' || el.tagName === 'OL') {
    return [...el.querySelectorAll('li')]
      .map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter((t) => t !== '')
      .join('\n');
  }
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function blocksText(blocks: readonly Element[]): string {
  return blocks
    .map(blockText)
    .filter((t) => t !== '')
    .join('\n');
}

function chunkLabel(chunk: Chunk): string | null {
  return chunk.kind === 'preamble' ? null : chunk.title;
}

/** Images cannot be imported: each is listed, and taken out of the text it sat in. */
function takeImages(chunk: Chunk, unplaced: UnplacedItem[]): void {
  for (const block of chunk.blocks) {
    for (const img of block.querySelectorAll('img')) {
      const alt = img.getAttribute('alt')?.trim() ?? '';
      unplaced.push({
        kind: 'image',
        where: chunkLabel(chunk),
        sectionId: chunk.kind === 'section' ? chunk.sectionId : null,
        text: alt,
      });
      img.remove();
    }
  }
  chunk.blocks = chunk.blocks.filter((b) => b.tagName === 'TABLE' || blockText(b) !== '');
}

/**
 * Tables of the template (objectives, content, assessment) become rows, wherever they are; a
 * table that belongs to another document (a plan's course list) is listed as not placed.
 */
function takeTables(
  chunk: Chunk,
  profile: DocImportProfile,
  taken: Map<string, Set<string>>,
  tables: PlannedTable[],
  unplaced: UnplacedItem[],
): void {
  const known = [...profile.tables, ...(profile.foreignTables ?? [])];
  chunk.blocks = chunk.blocks.filter((block) => {
    if (block.tagName !== 'TABLE') return true;
    const grid = readTableGrid(block);
    const found = recogniseTable(grid, known);
    if (!found) return true;
    const { mapping } = found;
    if (!('collection' in mapping)) {
      unplaced.push({
        kind: mapping.kind,
        where: chunkLabel(chunk),
        sectionId: chunk.kind === 'section' ? chunk.sectionId : null,
        text: tableText(block),
      });
      return false;
    }
    const codes = taken.get(mapping.collection) ?? new Set<string>();
    taken.set(mapping.collection, codes);
    tables.push(planTable(grid, mapping, found.header, profile, codes));
    return false;
  });
}

function addNarrative(
  narratives: Map<string, PlannedNarrative>,
  section: DocSection,
  chunk: Chunk & { kind: 'section' },
): void {
  const html = chunk.blocks.map((b) => b.outerHTML).join('');
  const existing = narratives.get(section.id);
  if (existing) {
    existing.headings.push(chunk.title);
    existing.html += html;
    existing.text = [existing.text, blocksText(chunk.blocks)].filter((t) => t !== '').join('\n');
    existing.blocks += chunk.blocks.length;
    return;
  }
  narratives.set(section.id, {
    section,
    headings: [chunk.title],
    html,
    text: blocksText(chunk.blocks),
    blocks: chunk.blocks.length,
  });
}

/**
 * Reads a converted Word file (mammoth's HTML, parsed) into what would go where: each
 * section's rich text, the rows of recognised tables, and what has no place. Pure: nothing is
 * written; `takenCodes` are the codes the document already uses.
 */
export function buildDocImportPlan(
  body: Element,
  profile: DocImportProfile,
  takenCodes: (collection: string) => Set<string> = () => new Set(),
): DocImportPlan {
  const chunks = splitSections(body, sectionMatcher(profile.sections));
  const narratives = new Map<string, PlannedNarrative>();
  const tables: PlannedTable[] = [];
  const unplaced: UnplacedItem[] = [];
  const taken = new Map(profile.tables.map((t) => [t.collection, takenCodes(t.collection)]));
  const named = new Set<string>();
  for (const chunk of chunks) {
    takeImages(chunk, unplaced);
    takeTables(chunk, profile, taken, tables, unplaced);
    const text = blocksText(chunk.blocks);
    if (chunk.kind === 'preamble') {
      if (text !== '') unplaced.push({ kind: 'preamble', where: null, sectionId: null, text });
      continue;
    }
    if (chunk.kind === 'heading') {
      unplaced.push({ kind: 'heading', where: chunk.title, sectionId: null, text });
      continue;
    }
    named.add(chunk.sectionId);
    const section = profile.sections.find((s) => s.id === chunk.sectionId);
    if (!section || chunk.blocks.length === 0) continue;
    if (section.rootName === null) {
      unplaced.push({ kind: 'noText', where: chunk.title, sectionId: section.id, text });
      continue;
    }
    addNarrative(narratives, section, chunk);
  }
  for (const table of tables) {
    named.add(table.mapping.sectionId);
    for (const row of table.rows) {
      if (row.action !== 'invalid') continue;
      unplaced.push({
        kind: 'row',
        where: null,
        sectionId: table.mapping.sectionId,
        text: row.cells.join('\t'),
        line: row.line,
      });
    }
  }
  const order = profile.sections.map((s) => s.id);
  return {
    narratives: order.flatMap((id) => narratives.get(id) ?? []),
    tables,
    unplaced,
    sectionIds: order.filter((id) => named.has(id)),
  };
}
