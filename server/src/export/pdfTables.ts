import type { Content, TableCell } from 'pdfmake/interfaces';
import { alignOf, type Cell, type DataTable, showCell } from './outline';
import { GRID_LAYOUT } from './pdfRichText';
import { bodyCells, headerRows } from './tableGrid';

/** The outline's tables as pdfmake tables: the same grid, spans and shading as in Word. */

const GROUP_FILL = '#F2F2F2';
const percent = (share: number) => `${(share * 100).toFixed(3)}%`;

/** Header rows repeated on every page; a row never splits across pages. */
export function dataTable(block: DataTable): Content {
  const { columns, rows, total } = block;
  const sum = columns.reduce((acc, c) => acc + c.weight, 0);
  const header = headerRows(block).map((cells) => {
    // pdfmake wants every grid position filled; a spanned one holds an empty object.
    const line: TableCell[] = columns.map(() => ({}));
    for (const h of cells)
      line[h.column] = {
        text: h.text,
        style: 'tableHeader',
        verticalAlignment: 'middle',
        ...(h.colSpan > 1 ? { colSpan: h.colSpan } : {}),
        ...(h.rowSpan > 1 ? { rowSpan: h.rowSpan } : {}),
      };
    return line;
  });
  const groups = new Set(block.groupRows ?? []);
  const line = (row: readonly Cell[], bold: boolean, grouped: boolean): TableCell[] => {
    const out: TableCell[] = columns.map(() => ({}));
    for (const { value, column, colSpan } of bodyCells(row, columns.length, grouped)) {
      const c = columns[column];
      out[column] = {
        text: showCell(value),
        alignment: colSpan > 1 || !c ? 'left' : alignOf(c, value),
        verticalAlignment: 'middle',
        ...(bold ? { bold } : {}),
        ...(grouped ? { fillColor: GROUP_FILL } : {}),
        ...(colSpan > 1 ? { colSpan } : {}),
      };
    }
    return out;
  };
  return {
    table: {
      headerRows: header.length,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: columns.map((c) => percent(c.weight / sum)),
      body: [
        ...header,
        ...rows.map((r, i) => line(r, groups.has(i), groups.has(i))),
        ...(total ? [line(total, true, false)] : []),
      ],
    },
    layout: GRID_LAYOUT,
    style: 'table',
  };
}

/** Label | value | label | value; an odd last value spans the rest of the row, as in Word. */
export function keyValueTable(pairs: readonly (readonly [string, Cell])[]): Content {
  const label = (text: string): TableCell => ({
    text,
    style: 'tableHeader',
    verticalAlignment: 'middle',
  });
  const value = (v: Cell) => ({ text: showCell(v), verticalAlignment: 'middle' as const });
  const body: TableCell[][] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const a = pairs[i];
    const b = pairs[i + 1];
    if (!a) break;
    body.push(
      b
        ? [label(a[0]), value(a[1]), label(b[0]), value(b[1])]
        : [label(a[0]), { ...value(a[1]), colSpan: 3 }, {}, {}],
    );
  }
  return {
    table: { widths: ['18%', '32%', '18%', '32%'], body, dontBreakRows: true },
    layout: GRID_LAYOUT,
    style: 'table',
  };
}
