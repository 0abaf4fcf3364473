import Papa from 'papaparse';

/** Files above these are refused before parsing: a course list has tens to hundreds of rows. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 2000;

export type ImportErrorCode =
  | 'IMPORT_TOO_LARGE'
  | 'IMPORT_TOO_MANY_ROWS'
  | 'IMPORT_UNSUPPORTED'
  | 'IMPORT_UNREADABLE'
  | 'IMPORT_EMPTY';

export interface ImportError {
  code: ImportErrorCode;
  params: Record<string, string | number>;
}

/** A sheet as text cells; every row has been trimmed and blank rows dropped. */
export type ReadResult = { ok: true; rows: string[][] } | { ok: false; error: ImportError };

function fail(code: ImportErrorCode, params: Record<string, string | number> = {}): ReadResult {
  return { ok: false, error: { code, params } };
}

/** Trims cells, drops blank rows, and refuses an empty or oversized table. */
export function tidyRows(raw: readonly (readonly unknown[])[]): ReadResult {
  const rows = raw
    .map((row) =>
      row.map((cell) => (cell === null || cell === undefined ? '' : String(cell).trim())),
    )
    .filter((row) => row.some((cell) => cell !== ''));
  if (rows.length === 0) return fail('IMPORT_EMPTY');
  // One row is the header; the limit counts course rows.
  if (rows.length - 1 > MAX_IMPORT_ROWS)
    return fail('IMPORT_TOO_MANY_ROWS', { max: MAX_IMPORT_ROWS, count: rows.length - 1 });
  return { ok: true, rows };
}

/** Parses CSV text; a binary file or an unclosed quote is unreadable, not a half-read table. */
export function parseCsv(text: string): ReadResult {
  if (text.includes('\u0000')) return fail('IMPORT_UNREADABLE', { reason: 'binary' });
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) return fail('IMPORT_UNREADABLE', { reason: 'quotes', row: (broken.row ?? 0) + 1 });
  return tidyRows(parsed.data);
}

/** Excel in China often saves CSV as GB18030; UTF-8 is tried first because it fails loudly. */
export function decodeCsv(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export function fileKind(name: string): 'csv' | 'xlsx' | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return null;
}

/** Reads the first worksheet; exceljs is loaded only when someone imports a workbook. */
async function parseXlsx(bytes: ArrayBuffer): Promise<ReadResult> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    return fail('IMPORT_UNREADABLE', { reason: 'xlsx' });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return fail('IMPORT_EMPTY');
  if (sheet.actualRowCount - 1 > MAX_IMPORT_ROWS)
    return fail('IMPORT_TOO_MANY_ROWS', { max: MAX_IMPORT_ROWS, count: sheet.actualRowCount - 1 });
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text;
    });
    rows.push(Array.from(cells, (cell) => cell ?? ''));
  });
  return tidyRows(rows);
}

/** Checks the size and type, then reads the file into text rows. Nothing is written here. */
export async function readImportFile(file: File): Promise<ReadResult> {
  const kind = fileKind(file.name);
  if (kind === null) return fail('IMPORT_UNSUPPORTED', { name: file.name });
  if (file.size > MAX_IMPORT_BYTES)
    return fail('IMPORT_TOO_LARGE', { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 });
  const bytes = await file.arrayBuffer();
  if (kind === 'csv') return parseCsv(decodeCsv(bytes));
  return parseXlsx(bytes);
}
