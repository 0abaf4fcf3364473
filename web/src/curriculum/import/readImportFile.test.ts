import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decodeCsv, MAX_IMPORT_ROWS, parseCsv, readImportFile } from './readImportFile';

describe('parseCsv', () => {
  it('reads quoted cells and drops blank lines and the BOM', () => {
    const result = parseCsv('\uFEFF课程代码,课程名称\n\nA01,"网店运营, 推广"\n');
    expect(result).toEqual({
      ok: true,
      rows: [
        ['课程代码', '课程名称'],
        ['A01', '网店运营, 推广'],
      ],
    });
  });

  it('refuses an unclosed quote', () => {
    const result = parseCsv('code,name\nA01,"broken\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('IMPORT_UNREADABLE');
  });

  it('refuses binary content', () => {
    const result = parseCsv('PK\u0003\u0004\u0000\u0000garbage');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('IMPORT_UNREADABLE');
  });

  it('refuses an empty file', () => {
    const result = parseCsv('\n\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('IMPORT_EMPTY');
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} course rows`, () => {
    const lines = [
      'code,name',
      ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `C${i},n`),
    ];
    const result = parseCsv(lines.join('\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('IMPORT_TOO_MANY_ROWS');
    const atLimit = parseCsv(lines.slice(0, MAX_IMPORT_ROWS + 1).join('\n'));
    expect(atLimit.ok).toBe(true);
  });
});

describe('decodeCsv', () => {
  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    // "课程" in GB18030
    const bytes = new Uint8Array([0xbf, 0xce, 0xb3, 0xcc]);
    expect(decodeCsv(bytes.buffer)).toBe('课程');
  });
});

describe('readImportFile', () => {
  it('refuses other file types and files over 5 MB without reading them', async () => {
    const doc = await readImportFile(new File(['x'], 'list.xls'));
    expect(doc.ok ? null : doc.error.code).toBe('IMPORT_UNSUPPORTED');
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'big.csv');
    const tooBig = await readImportFile(big);
    expect(tooBig.ok ? null : tooBig.error.code).toBe('IMPORT_TOO_LARGE');
  });

  it('refuses a workbook that is not a zip', async () => {
    const result = await readImportFile(new File(['not a workbook'], 'courses.xlsx'));
    expect(result.ok ? null : result.error.code).toBe('IMPORT_UNREADABLE');
  });
});

describe('reading a workbook', () => {
  it('reads the first sheet as text, numbers and all', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('课程');
    sheet.addRow(['电子商务专业课程设置表']);
    sheet.addRow(['课程代码', '课程名称', '学分']);
    sheet.addRow(['EC201', '网店运营', 2.5]);
    workbook.addWorksheet('other').addRow(['ignored']);
    const bytes = await workbook.xlsx.writeBuffer();
    const result = await readImportFile(new File([bytes], 'courses.xlsx'));
    expect(result).toEqual({
      ok: true,
      rows: [
        ['电子商务专业课程设置表'],
        ['课程代码', '课程名称', '学分'],
        ['EC201', '网店运营', '2.5'],
      ],
    });
  });
});
