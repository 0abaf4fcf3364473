import type { Content, CustomTableLayout, Decoration, TableCell } from 'pdfmake/interfaces';
import type { ExportBlock, ListItem, TextRun } from './readRichBlocks';

/**
 * Rich text as pdfmake content, the PDF twin of `richBlocksToWord`: the authors' headings sit
 * under the section's numbered ones (unnumbered, in the heading face), lists keep their
 * nesting, tables get the same thin borders as the generated ones.
 */

/** Thin black rules on every side, the look of a Word table with borders. */
export const GRID_LAYOUT: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};

/** pdfmake inlines for runs; `\n` inside a run is a line break, as in the editor. */
export function pdfRuns(runs: readonly TextRun[]): Content[] {
  return runs.map((r) => {
    const decoration: Decoration[] = [];
    if (r.underline) decoration.push('underline');
    if (r.strike) decoration.push('lineThrough');
    return {
      text: r.text,
      ...(r.bold ? { bold: true } : {}),
      ...(r.italic ? { italics: true } : {}),
      ...(decoration.length > 0 ? { decoration } : {}),
    };
  });
}

export function richBlocksToPdf(blocks: readonly ExportBlock[]): Content[] {
  const out: Content[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      out.push({ text: pdfRuns(block.runs), style: 'h3', headlineLevel: 3 });
    } else if (block.kind === 'paragraph') {
      if (block.runs.some((r) => r.text.trim()))
        out.push({ text: pdfRuns(block.runs), style: 'body' });
    } else if (block.kind === 'quote') {
      out.push({ text: pdfRuns(block.runs), style: 'quote' });
    } else if (block.kind === 'list') {
      out.push(list(block.items, block.ordered));
    } else if (block.rows.length > 0) {
      out.push(richTable(block.rows));
    }
  }
  return out;
}

function list(items: readonly ListItem[], ordered: boolean): Content {
  const entries: Content[] = items.map((item) => {
    const text: Content = { text: pdfRuns(item.runs) };
    const nested = item.children.flatMap((child) =>
      child.kind === 'list' ? [list(child.items, child.ordered)] : [],
    );
    return nested.length > 0 ? { stack: [text, ...nested] } : text;
  });
  return ordered
    ? { ol: entries, style: 'list', margin: [24, 0, 0, 4] }
    : { ul: entries, style: 'list', margin: [24, 0, 0, 4] };
}

function richTable(rows: readonly (readonly TextRun[][])[]): Content {
  const columns = Math.max(...rows.map((r) => r.length), 1);
  const body: TableCell[][] = rows.map((cells) =>
    Array.from({ length: columns }, (_, i) => ({
      text: pdfRuns(cells[i] ?? []),
      verticalAlignment: 'middle' as const,
    })),
  );
  return {
    table: { widths: Array.from({ length: columns }, () => '*'), body, dontBreakRows: true },
    layout: GRID_LAYOUT,
    style: 'table',
  };
}
