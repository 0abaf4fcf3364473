import ExcelJS from 'exceljs';

/**
 * Spreadsheet building blocks shared by the map's workbook (and the plan's, next): 宋体 cells,
 * 黑体 headers, frozen header rows, A4 landscape printing, and totals written as formulas with
 * their computed value cached, so the numbers show before Excel recalculates.
 */
export const BODY_FONT: Partial<ExcelJS.Font> = { name: 'SimSun', size: 10.5 };
export const HEADER_FONT: Partial<ExcelJS.Font> = { name: 'SimHei', size: 10.5 };
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE7E6E6' },
};
const GROUP_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF2F2F2' },
};
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
/** Hours and credits as people write them: 64, 3.5, 1.33. */
export const NUMBER_FORMAT = '0.##;-0.##;0';
export const PERCENT_FORMAT = '0.0%';

export function newWorkbook(title: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tandem';
  wb.title = title;
  wb.created = new Date();
  // Excel recomputes every formula on open; the cached results are for readers that do not.
  wb.calcProperties.fullCalcOnLoad = true;
  return wb;
}

export interface SheetColumn {
  header: string;
  width: number;
  numeric?: boolean;
}

/** A sheet with one header row, frozen, filterable, printed on A4 landscape. */
export function addSheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: readonly SheetColumn[],
  frozenColumns = 0,
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheetName(name), {
    views: [{ state: 'frozen', ySplit: 1, xSplit: frozenColumns }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  styleHeader(ws.getRow(1));
  columns.forEach((c, i) => {
    if (c.numeric) ws.getColumn(i + 1).numFmt = NUMBER_FORMAT;
  });
  ws.pageSetup.printTitlesRow = '1:1';
  return ws;
}

export function styleHeader(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
}

export function styleBody(
  row: ExcelJS.Row,
  columns: number,
  kind: 'body' | 'group' | 'total' = 'body',
): void {
  for (let i = 1; i <= columns; i += 1) {
    const cell = row.getCell(i);
    cell.font = kind === 'body' ? BODY_FONT : { ...HEADER_FONT };
    cell.border = THIN;
    if (kind !== 'body') cell.fill = GROUP_FILL;
    cell.alignment = { vertical: 'middle', wrapText: typeof cell.value === 'string' };
  }
}

/** A formula cell with the value it computes to, so readers that never recalculate show it. */
export function formula(text: string, result: number): ExcelJS.CellFormulaValue {
  return { formula: text, result: Math.round(result * 1e6) / 1e6 };
}

export function colLetter(ws: ExcelJS.Worksheet, column: number): string {
  return ws.getColumn(column).letter;
}

/** Excel sheet names: at most 31 characters, none of []:*?/\, unique within the workbook. */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '·').slice(0, 31);
}
