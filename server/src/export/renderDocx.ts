import { type FileChild, Packer } from 'docx';
import type { ExportOutline, OutlineBlock, TitleItem } from './outline';
import { splitByOrientation } from './tableGrid';
import {
  bodyParagraph,
  centredLine,
  keyValueTable,
  LANDSCAPE_CONTENT_WIDTH,
  numberedHeading,
  pageGap,
  richBlocksToWord,
  wordDocument,
  wordTable,
} from './wordParts';

/** An outline as a Word file: A4, 宋体/黑体, headings numbered by Word, real tables. */
export async function renderDocx(outline: ExportOutline): Promise<Buffer> {
  const doc = wordDocument({
    title: outline.title,
    titlePage: outline.titlePage.flatMap(titleItem),
    body: [],
    // A landscape table gets a section of its own, turned, with the page numbers running on.
    bodyParts: splitByOrientation(outline.body).map((part) => ({
      landscape: part.landscape,
      children: part.blocks.flatMap(bodyBlock),
    })),
  });
  return Packer.toBuffer(doc);
}

function titleItem(item: TitleItem): FileChild[] {
  if (item.kind === 'gap') return pageGap(item.lines);
  // Word counts font sizes in half-points.
  return [centredLine(item.text, item.size * 2, item.heading ?? false)];
}

function bodyBlock(block: OutlineBlock): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [numberedHeading(block.level, block.text)];
    case 'paragraph':
      return [bodyParagraph(block.runs)];
    case 'rich':
      return richBlocksToWord(block.blocks);
    case 'keyValue':
      return [keyValueTable(block.pairs)];
    case 'table':
      return [
        wordTable(block.columns, block.rows, block.total, {
          ...(block.headerGroups ? { headerGroups: block.headerGroups } : {}),
          ...(block.groupRows ? { groupRows: block.groupRows } : {}),
          ...(block.landscape ? { width: LANDSCAPE_CONTENT_WIDTH } : {}),
        }),
      ];
    case 'gap':
      return pageGap(block.lines);
  }
}
