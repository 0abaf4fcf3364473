import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_PDF_FONT_DIRS, findPdfFonts } from './pdfFonts';

const debian = DEFAULT_PDF_FONT_DIRS[0]!;
const made: string[] = [];
function dirWith(files: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-fonts-'));
  made.push(dir);
  for (const f of files) fs.symlinkSync(path.join(debian, f), path.join(dir, f));
  return dir;
}
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe('findPdfFonts', () => {
  it("finds Debian's fonts-noto-cjk collections and the Simplified Chinese faces in them", () => {
    const fonts = findPdfFonts();
    expect(fonts?.serif.normal).toEqual({
      path: path.join(debian, 'NotoSerifCJK-Regular.ttc'),
      face: 'NotoSerifCJKsc-Regular',
    });
    expect(fonts?.sans.bold.face).toBe('NotoSansCJKsc-Bold');
  });

  it('falls back to the regular face when a bold one is missing', () => {
    const fonts = findPdfFonts(dirWith(['NotoSerifCJK-Regular.ttc', 'NotoSansCJK-Regular.ttc']));
    expect(fonts?.serif.bold).toEqual(fonts?.serif.normal);
    expect(fonts?.sans.bold.face).toBe('NotoSansCJKsc-Regular');
  });

  it('needs both a serif and a sans: one alone is no font set', () => {
    expect(findPdfFonts(dirWith(['NotoSerifCJK-Regular.ttc']))).toBeNull();
    expect(findPdfFonts(dirWith([]))).toBeNull();
  });
});
