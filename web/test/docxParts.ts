import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

/** A Word table's cell: its text, or its text merged over rows or columns. */
export type DocxCell = string | { text: string; rowSpan?: number; columnSpan?: number };

export function heading(text: string, level: 1 | 2 = 1): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    children: [new TextRun(text)],
  });
}

export function para(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun(text)] });
}

/** A paragraph set as a heading by hand: bold, no heading style, as many colleges do. */
export function boldPara(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold: true })] });
}

export function table(rows: ReadonlyArray<ReadonlyArray<DocxCell>>): Table {
  return new Table({
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map((cell) =>
            typeof cell === 'string'
              ? new TableCell({ children: [para(cell)] })
              : new TableCell({
                  children: [para(cell.text)],
                  ...(cell.rowSpan ? { rowSpan: cell.rowSpan } : {}),
                  ...(cell.columnSpan ? { columnSpan: cell.columnSpan } : {}),
                }),
          ),
        }),
    ),
  });
}
