import type { ExportLanguage } from '@tandem/protocol';
import type { ExportBlock, TextRun } from './readRichBlocks';

/**
 * A document as the exporters see it, before any file format: a title page, then numbered
 * headings, prose and tables. A builder per document type (course standard, and the talent
 * cultivation plan next) makes one outline; `renderDocx` and `renderPdf` each lay it out, so
 * Word and PDF show the same content in the same order.
 */
export interface ExportOutline {
  /** The file's title in its metadata; the document's title. */
  title: string;
  /** Decides how the PDF numbers headings (一、 or 1.); Word numbers them itself. */
  lang: ExportLanguage;
  /** Centred lines on a page of their own, without a page number. */
  titlePage: TitleItem[];
  body: OutlineBlock[];
}

export type TitleItem =
  | {
      kind: 'line';
      text: string;
      /** Font size in points. */
      size: number;
      /** In the heading face (黑体) rather than the body face (宋体). */
      heading?: boolean;
    }
  | Gap;

/** Empty lines, for the spacing of a title page or a section with nothing in it. */
export interface Gap {
  kind: 'gap';
  lines: number;
}

/** A value in a table cell; numbers are formatted as people write hours and credits. */
export type Cell = string | number | null | undefined;

export interface OutlineColumn {
  header: string;
  /** Relative width; the table fills the text width. */
  weight: number;
  /** Default: numbers centred, text left. */
  align?: 'left' | 'center' | 'right';
}

export type OutlineBlock =
  /** Level 1 reads 一、…, level 2 （一）…; numbers restart under each level-1 heading. */
  | { kind: 'heading'; level: 1 | 2; text: string }
  /** Prose with its first line indented two characters. */
  | { kind: 'paragraph'; runs: TextRun[] }
  /** Rich text the authors wrote in the editor. */
  | { kind: 'rich'; blocks: ExportBlock[] }
  /** Label | value pairs, two pairs a row; an odd last value spans the rest of its row. */
  | { kind: 'keyValue'; pairs: (readonly [string, Cell])[] }
  /** A header row repeated on every page, a row per item, an optional total row in bold. */
  | DataTable
  | Gap;

export interface DataTable {
  kind: 'table';
  columns: OutlineColumn[];
  rows: Cell[][];
  total?: Cell[];
  /**
   * A header row above the column headers that groups columns (各学期周学时 over terms 1–6).
   * Spans add up to the column count; under a group with no text the column headers span
   * both header rows.
   */
  headerGroups?: HeaderGroup[];
  /**
   * Indexes of rows that head or close a group (a course group's name, its subtotal): shaded
   * and bold, and a text cell there spans the null cells right after it.
   */
  groupRows?: number[];
  /** Too wide for portrait: the table (with the headings just before it) gets landscape pages. */
  landscape?: boolean;
}

export interface HeaderGroup {
  text: string;
  span: number;
}

/** Hours and credits as people write them: 64, 3.5, never 3.4999999. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function showCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? formatNumber(value) : value;
}

export function alignOf(column: OutlineColumn, value: Cell): 'left' | 'center' | 'right' {
  if (column.align) return column.align;
  return typeof value === 'number' ? 'center' : 'left';
}

/** Shorthands that keep outline builders readable. */
export const heading = (level: 1 | 2, text: string): OutlineBlock => ({
  kind: 'heading',
  level,
  text,
});

export const paragraph = (text: string): OutlineBlock => ({ kind: 'paragraph', runs: [{ text }] });

/** A column of `weight` parts of the table's width. */
export const col = (
  header: string,
  weight: number,
  align?: OutlineColumn['align'],
): OutlineColumn => ({ header, weight, ...(align ? { align } : {}) });

export const table = (columns: OutlineColumn[], rows: Cell[][], total?: Cell[]): OutlineBlock => ({
  kind: 'table',
  columns,
  rows,
  ...(total ? { total } : {}),
});
