import type { Cell, DataTable, OutlineBlock, OutlineColumn } from './outline';

/**
 * Where an outline's table cells fall on the grid, and where the page orientation changes:
 * worked out once here so that Word and PDF merge the same cells and turn the same pages.
 */

/** A header cell placed on the grid: the column it starts at and the cells it covers. */
export interface HeaderCell {
  text: string;
  column: number;
  colSpan: number;
  rowSpan: 1 | 2;
}

/**
 * The header rows of a table: one row of column headers, or with `headerGroups` a row of
 * groups over a row of column headers. Positions covered by a cell spanning from elsewhere
 * are left out.
 */
export function headerRows(table: Pick<DataTable, 'columns' | 'headerGroups'>): HeaderCell[][] {
  const { columns, headerGroups } = table;
  const plain = (c: OutlineColumn, column: number, rowSpan: 1 | 2): HeaderCell => ({
    text: c.header,
    column,
    colSpan: 1,
    rowSpan,
  });
  if (!headerGroups?.length) return [columns.map((c, i) => plain(c, i, 1))];
  const top: HeaderCell[] = [];
  const bottom: HeaderCell[] = [];
  let column = 0;
  for (const group of headerGroups) {
    const under = columns.slice(column, column + group.span);
    if (group.text) {
      top.push({ text: group.text, column, colSpan: under.length, rowSpan: 1 });
      bottom.push(...under.map((c, i) => plain(c, column + i, 1)));
    } else {
      top.push(...under.map((c, i) => plain(c, column + i, 2)));
    }
    column += group.span;
  }
  return [top, bottom];
}

/** A body cell placed on the grid. */
export interface BodyCell {
  value: Cell;
  column: number;
  colSpan: number;
}

/** A row's cells; in a group row a text cell spans the null cells right after it. */
export function bodyCells(row: readonly Cell[], columnCount: number, grouped: boolean): BodyCell[] {
  const out: BodyCell[] = [];
  let column = 0;
  while (column < columnCount) {
    const value = row[column];
    let colSpan = 1;
    if (grouped && typeof value === 'string' && value !== '')
      while (column + colSpan < columnCount && row[column + colSpan] === null) colSpan += 1;
    out.push({ value, column, colSpan });
    column += colSpan;
  }
  return out;
}

/** A run of blocks on pages of one orientation. */
export interface OrientedPart {
  landscape: boolean;
  blocks: OutlineBlock[];
}

/**
 * Splits a body where a landscape table starts and ends. The headings right before such a
 * table go with it, so a heading never stays behind at the foot of a portrait page.
 */
export function splitByOrientation(blocks: readonly OutlineBlock[]): OrientedPart[] {
  const parts: OrientedPart[] = [];
  let current: OrientedPart = { landscape: false, blocks: [] };
  for (const block of blocks) {
    const landscape = block.kind === 'table' && block.landscape === true;
    if (landscape !== current.landscape) {
      const carried: OutlineBlock[] = [];
      while (landscape && current.blocks.at(-1)?.kind === 'heading')
        carried.unshift(current.blocks.pop() as OutlineBlock);
      if (current.blocks.length > 0) parts.push(current);
      current = { landscape, blocks: carried };
    }
    current.blocks.push(block);
  }
  if (current.blocks.length > 0 || parts.length === 0) parts.push(current);
  return parts;
}
