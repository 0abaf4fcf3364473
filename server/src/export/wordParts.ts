import {
  AlignmentType,
  Document,
  type FileChild,
  Footer,
  HeadingLevel,
  LevelFormat,
  LevelSuffix,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import {
  alignOf,
  type Cell,
  type HeaderGroup,
  type OutlineColumn,
  showCell as show,
} from './outline';
import type { ExportBlock, ListItem, TextRun as RichRun } from './readRichBlocks';
import { bodyCells, headerRows } from './tableGrid';

export type { Cell } from './outline';
export { formatNumber } from './outline';
export type TableColumn = OutlineColumn;

/**
 * Word building blocks shared by every document exporter (course standard now, the talent
 * cultivation plan next): A4 pages with the margins colleges use, 宋体 body and 黑体 headings,
 * headings numbered by Word itself (一、 then （一）) and real tables with a repeating header.
 */

/** A4 in twips (twentieths of a point), as Word stores it. */
export const A4 = { width: 11906, height: 16838 } as const;
/** 2.54 cm top and bottom, 3.17 cm left and right: Word's default for Chinese documents. */
export const MARGINS = { top: 1440, bottom: 1440, left: 1800, right: 1800 } as const;
const CONTENT_WIDTH = A4.width - MARGINS.left - MARGINS.right;
/** The text width of a landscape page, for tables too wide for portrait. */
export const LANDSCAPE_CONTENT_WIDTH = A4.height - MARGINS.left - MARGINS.right;

export const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun' };
export const HEADING_FONT = { ascii: 'SimHei', hAnsi: 'SimHei', eastAsia: 'SimHei' };
/** Sizes in half-points: 小四 12 pt for the body, 四号 14 pt and 小四 for headings. */
const SIZE = { body: 24, table: 21, h1: 28, h2: 24, h3: 24, title: 44, subtitle: 32 } as const;

const HEADINGS = 'tandem-headings';
const ORDERED = 'tandem-ordered';
const BULLETS = 'tandem-bullets';

export interface WordDocumentInput {
  title: string;
  creator?: string;
  /** The title page: a section of its own, without a page number. */
  titlePage: FileChild[];
  body: FileChild[];
  /** The body in parts, some on landscape pages; when given, `body` is not used. */
  bodyParts?: { landscape: boolean; children: FileChild[] }[];
}

export function wordDocument(input: WordDocumentInput): Document {
  const page = { size: { ...A4 }, margin: { ...MARGINS } };
  return new Document({
    title: input.title,
    creator: input.creator ?? 'Tandem',
    styles: {
      default: {
        document: {
          run: { font: BODY_FONT, size: SIZE.body },
          paragraph: { spacing: { line: 360 } },
        },
        heading1: {
          run: { font: HEADING_FONT, size: SIZE.h1, bold: false, color: '000000' },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font: HEADING_FONT, size: SIZE.h2, bold: false, color: '000000' },
          paragraph: { spacing: { before: 180, after: 60 }, keepNext: true },
        },
        heading3: {
          run: { font: HEADING_FONT, size: SIZE.h3, bold: false, color: '000000' },
          paragraph: { spacing: { before: 120, after: 60 }, keepNext: true },
        },
        title: { run: { font: HEADING_FONT, size: SIZE.title, bold: false, color: '000000' } },
      },
    },
    numbering: {
      config: [
        {
          reference: HEADINGS,
          levels: [chineseLevel(0, '%1、'), chineseLevel(1, '（%2）')],
        },
        {
          reference: ORDERED,
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: level === 0 ? `%${level + 1}.` : `(%${level + 1})`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 420 * (level + 1), hanging: 420 } } },
          })),
        },
        {
          reference: BULLETS,
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.BULLET,
            text: level === 0 ? '•' : '◦',
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 420 * (level + 1), hanging: 420 } } },
          })),
        },
      ],
    },
    sections: [
      { properties: { page, verticalAlign: 'center' }, children: input.titlePage },
      ...(input.bodyParts ?? [{ landscape: false, children: input.body }]).map((part, i) => ({
        properties: {
          page: {
            ...page,
            // docx swaps width and height itself for a landscape section.
            ...(part.landscape ? { size: { ...A4, orientation: PageOrientation.LANDSCAPE } } : {}),
            // Numbers start at 1 after the title page and run on through every part.
            ...(i === 0 ? { pageNumbers: { start: 1 } } : {}),
          },
        },
        footers: { default: pageNumberFooter() },
        children: part.children,
      })),
    ],
  });
}

function chineseLevel(level: number, text: string) {
  return {
    level,
    format: LevelFormat.CHINESE_COUNTING,
    text,
    suffix: LevelSuffix.NOTHING,
    alignment: AlignmentType.START,
  };
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 18 })],
      }),
    ],
  });
}

/** A numbered heading: level 1 reads 一、…, level 2 （一）…; Word keeps the numbers. */
export function numberedHeading(level: 1 | 2, text: string): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    numbering: { reference: HEADINGS, level: level - 1 },
    children: [new TextRun(text)],
  });
}

/** A body paragraph, first line indented two characters as Chinese prose is. */
export function bodyParagraph(runs: string | readonly RichRun[]): Paragraph {
  return new Paragraph({
    indent: { firstLine: 480 },
    children: toRuns(typeof runs === 'string' ? [{ text: runs }] : runs),
  });
}

export function centredLine(text: string, size: number, heading = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 120 },
    children: [new TextRun({ text, size, ...(heading ? { font: HEADING_FONT } : {}) })],
  });
}

export const TITLE_SIZE = SIZE.title;
export const SUBTITLE_SIZE = SIZE.subtitle;

export function pageGap(lines: number): Paragraph[] {
  return Array.from({ length: lines }, () => new Paragraph({ children: [] }));
}

function toRuns(runs: readonly RichRun[], size?: number): TextRun[] {
  const out: TextRun[] = [];
  for (const r of runs) {
    const parts = r.text.split('\n');
    parts.forEach((part, i) => {
      out.push(
        new TextRun({
          text: part,
          ...(i > 0 ? { break: 1 } : {}),
          ...(r.bold ? { bold: true } : {}),
          ...(r.italic ? { italics: true } : {}),
          ...(r.underline ? { underline: {} } : {}),
          ...(r.strike ? { strike: true } : {}),
          ...(size ? { size } : {}),
        }),
      );
    });
  }
  return out;
}

/**
 * Rich text as Word paragraphs. Headings the authors wrote inside a section sit under the
 * section's numbered headings, so they become unnumbered third-level headings.
 */
export function richBlocksToWord(blocks: readonly ExportBlock[]): FileChild[] {
  const out: FileChild[] = [];
  let listInstance = 0;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: toRuns(block.runs) }));
    } else if (block.kind === 'paragraph') {
      if (block.runs.some((r) => r.text.trim())) out.push(bodyParagraph(block.runs));
    } else if (block.kind === 'quote') {
      out.push(new Paragraph({ indent: { left: 720 }, children: toRuns(block.runs) }));
    } else if (block.kind === 'list') {
      listInstance += 1;
      out.push(...listParagraphs(block.items, block.ordered, 0, listInstance));
    } else {
      if (block.rows.length > 0) out.push(richTable(block.rows));
    }
  }
  return out;
}

function listParagraphs(
  items: readonly ListItem[],
  ordered: boolean,
  level: number,
  instance: number,
): Paragraph[] {
  const out: Paragraph[] = [];
  for (const item of items) {
    out.push(
      new Paragraph({
        numbering: { reference: ordered ? ORDERED : BULLETS, level: Math.min(level, 2), instance },
        children: toRuns(item.runs),
      }),
    );
    for (const child of item.children) {
      if (child.kind === 'list')
        out.push(...listParagraphs(child.items, child.ordered, level + 1, instance));
    }
  }
  return out;
}

export interface WordTableOptions {
  /** A row of column groups above the column headers (see `DataTable.headerGroups`). */
  headerGroups?: readonly HeaderGroup[];
  /** Rows shaded and bold, their text cells spanning the nulls after them. */
  groupRows?: readonly number[];
  /** The table's width in twips; the portrait text width unless given. */
  width?: number;
}

const GROUP_FILL = 'F2F2F2';

/**
 * A real Word table: header rows that repeat on every page, thin borders, numbers right
 * aligned, an optional total row in bold.
 */
export function wordTable(
  columns: readonly TableColumn[],
  rows: readonly (readonly Cell[])[],
  total?: readonly Cell[],
  options: WordTableOptions = {},
): Table {
  const tableWidth = options.width ?? CONTENT_WIDTH;
  const sum = columns.reduce((acc, c) => acc + c.weight, 0);
  const widths = columns.map((c) => Math.round((c.weight / sum) * tableWidth));
  const spanWidth = (from: number, span: number) =>
    widths.slice(from, from + span).reduce((a, w) => a + w, 0);
  const headers = headerRows({
    columns: [...columns],
    headerGroups: options.headerGroups?.slice(),
  });
  const header = headers.map((cells, r) => {
    const children: TableCell[] = [];
    for (let column = 0; column < columns.length; ) {
      const placed = cells.find((h) => h.column === column);
      if (!placed) {
        // Under a header that spans both rows: Word continues the vertical merge.
        children.push(
          cell([], widths[column] ?? 0, 'center', { header: true, vMerge: 'continue' }),
        );
        column += 1;
        continue;
      }
      const opts = {
        header: true,
        ...(placed.colSpan > 1 ? { span: placed.colSpan } : {}),
        ...(placed.rowSpan > 1 && r === 0 ? { vMerge: 'restart' as const } : {}),
      };
      children.push(
        cell([{ text: placed.text }], spanWidth(column, placed.colSpan), 'center', opts),
      );
      column += placed.colSpan;
    }
    return new TableRow({ tableHeader: true, cantSplit: true, children });
  });
  const groups = new Set(options.groupRows ?? []);
  const line = (row: readonly Cell[], bold: boolean, grouped: boolean) =>
    new TableRow({
      cantSplit: true,
      children: bodyCells(row, columns.length, grouped).map(({ value, column, colSpan }) =>
        cell(
          [{ text: show(value), ...(bold ? { bold: true } : {}) }],
          spanWidth(column, colSpan),
          colSpan > 1 ? 'left' : alignOf(columns[column] ?? { header: '', weight: 1 }, value),
          { ...(colSpan > 1 ? { span: colSpan } : {}), ...(grouped ? { fill: GROUP_FILL } : {}) },
        ),
      ),
    });
  const body = rows.map((row, i) => line(row, groups.has(i), groups.has(i)));
  return new Table({
    width: { size: tableWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: [...header, ...body, ...(total ? [line(total, true, false)] : [])],
  });
}

/** Label | value pairs in two pairs per row, as the course information block is laid out. */
export function keyValueTable(pairs: readonly (readonly [string, Cell])[]): Table {
  const widths = [0.18, 0.32, 0.18, 0.32].map((w) => Math.round(w * CONTENT_WIDTH));
  const rows: TableRow[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const a = pairs[i];
    const b = pairs[i + 1];
    const children = [
      cell([{ text: a?.[0] ?? '' }], widths[0] ?? 0, 'center', { header: true }),
      cell([{ text: show(a?.[1]) }], widths[1] ?? 0, 'left', b ? {} : { span: 3 }),
    ];
    if (b) {
      children.push(cell([{ text: b[0] }], widths[2] ?? 0, 'center', { header: true }));
      children.push(cell([{ text: show(b[1]) }], widths[3] ?? 0, 'left'));
    }
    rows.push(new TableRow({ cantSplit: true, children }));
  }
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows,
  });
}

function richTable(rows: readonly (readonly RichRun[][])[]): Table {
  const columns = Math.max(...rows.map((r) => r.length), 1);
  const width = Math.round(CONTENT_WIDTH / columns);
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => width),
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: Array.from({ length: columns }, (_, i) => cell(cells[i] ?? [], width, 'left')),
        }),
    ),
  });
}

function cell(
  runs: readonly RichRun[],
  width: number,
  align: 'left' | 'center' | 'right',
  opts: { header?: boolean; span?: number; fill?: string; vMerge?: 'restart' | 'continue' } = {},
): TableCell {
  const fill = opts.header ? 'E7E6E6' : opts.fill;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    ...(opts.span ? { columnSpan: opts.span } : {}),
    ...(opts.vMerge
      ? {
          verticalMerge:
            opts.vMerge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
        }
      : {}),
    ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {}),
    children: [
      new Paragraph({
        alignment:
          align === 'center'
            ? AlignmentType.CENTER
            : align === 'right'
              ? AlignmentType.RIGHT
              : AlignmentType.LEFT,
        spacing: { line: 276 },
        children: opts.header
          ? [new TextRun({ text: runsText(runs), font: HEADING_FONT, size: SIZE.table })]
          : toRuns(runs, SIZE.table),
      }),
    ],
  });
}

function runsText(runs: readonly RichRun[]): string {
  return runs.map((r) => r.text).join('');
}
