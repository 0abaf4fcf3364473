import * as Y from 'yjs';

/** A run of text with the formats Word and Excel can carry. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
}

/** Rich text as exporters need it: blocks of runs, independent of Lexical's node classes. */
export type ExportBlock =
  | { kind: 'heading'; level: number; runs: TextRun[] }
  | { kind: 'paragraph'; runs: TextRun[] }
  | { kind: 'quote'; runs: TextRun[] }
  | { kind: 'list'; ordered: boolean; items: ListItem[] }
  | { kind: 'table'; rows: TextRun[][][] };

export interface ListItem {
  runs: TextRun[];
  /** A nested list inside the item. */
  children: ExportBlock[];
}

// Lexical's TextNode format bits (lexical/LexicalConstants: IS_BOLD, IS_ITALIC, …).
const BOLD = 1;
const ITALIC = 1 << 1;
const STRIKE = 1 << 2;
const UNDERLINE = 1 << 3;

type DeltaOp = { insert: unknown };

/**
 * Reads a Lexical rich-text root from its Yjs structure: each element is an embedded XmlText
 * whose attributes carry the node (`__type`, `__tag`, `__listType`); a text node is a Y.Map of
 * its properties followed by its characters. Reading the structure, rather than running a
 * headless editor, keeps the export free of editor state and its timers.
 */
export function readRichBlocks(root: Y.XmlText): ExportBlock[] {
  const blocks: ExportBlock[] = [];
  for (const op of root.toDelta() as DeltaOp[]) {
    if (op.insert instanceof Y.XmlText) {
      const block = readBlock(op.insert);
      if (block) blocks.push(block);
    }
  }
  return blocks;
}

function readBlock(el: Y.XmlText): ExportBlock | null {
  const attrs = el.getAttributes() as Record<string, unknown>;
  switch (attrs.__type) {
    case 'heading':
      return { kind: 'heading', level: headingLevel(attrs.__tag), runs: readRuns(el) };
    case 'quote':
      return { kind: 'quote', runs: readRuns(el) };
    case 'list':
      return { kind: 'list', ordered: attrs.__listType === 'number', items: readItems(el) };
    case 'table':
      return { kind: 'table', rows: readTable(el) };
    default: {
      // Paragraphs and element types this reader does not know keep their text.
      return { kind: 'paragraph', runs: readRuns(el) };
    }
  }
}

function headingLevel(tag: unknown): number {
  const n = typeof tag === 'string' ? Number(tag.slice(1)) : 1;
  return Number.isInteger(n) && n >= 1 && n <= 6 ? n : 1;
}

/** The runs of an element; text inside nested elements (links) is kept, line breaks too. */
export function readRuns(el: Y.XmlText, nestedLists?: ExportBlock[]): TextRun[] {
  const runs: TextRun[] = [];
  let format = 0;
  for (const op of el.toDelta() as DeltaOp[]) {
    if (op.insert instanceof Y.Map) {
      const type = op.insert.get('__type');
      if (type === 'linebreak') runs.push({ text: '\n' });
      format = type === 'text' ? Number(op.insert.get('__format') ?? 0) : 0;
    } else if (typeof op.insert === 'string') {
      runs.push(run(op.insert, format));
    } else if (op.insert instanceof Y.XmlText) {
      const nested = op.insert;
      if (nestedLists && nested.getAttribute('__type') === 'list') {
        const block = readBlock(nested);
        if (block) nestedLists.push(block);
      } else {
        runs.push(...readRuns(nested));
      }
    }
  }
  return runs;
}

function run(text: string, format: number): TextRun {
  const out: TextRun = { text };
  if (format & BOLD) out.bold = true;
  if (format & ITALIC) out.italic = true;
  if (format & UNDERLINE) out.underline = true;
  if (format & STRIKE) out.strike = true;
  return out;
}

function readItems(list: Y.XmlText): ListItem[] {
  const items: ListItem[] = [];
  for (const op of list.toDelta() as DeltaOp[]) {
    if (!(op.insert instanceof Y.XmlText)) continue;
    const children: ExportBlock[] = [];
    const runs = readRuns(op.insert, children);
    // Lexical nests a list in an item of its own; it belongs under the item before it.
    const previous = items[items.length - 1];
    if (runs.length === 0 && children.length > 0 && previous) previous.children.push(...children);
    else items.push({ runs, children });
  }
  return items;
}

function readTable(table: Y.XmlText): TextRun[][][] {
  const rows: TextRun[][][] = [];
  for (const rowOp of table.toDelta() as DeltaOp[]) {
    if (!(rowOp.insert instanceof Y.XmlText)) continue;
    const cells: TextRun[][] = [];
    for (const cellOp of rowOp.insert.toDelta() as DeltaOp[]) {
      if (!(cellOp.insert instanceof Y.XmlText)) continue;
      const runs: TextRun[] = [];
      for (const para of cellOp.insert.toDelta() as DeltaOp[]) {
        if (!(para.insert instanceof Y.XmlText)) continue;
        if (runs.length > 0) runs.push({ text: '\n' });
        runs.push(...readRuns(para.insert));
      }
      cells.push(runs);
    }
    rows.push(cells);
  }
  return rows;
}

/** The plain text of runs. */
export function runsText(runs: readonly TextRun[]): string {
  return runs.map((r) => r.text).join('');
}
