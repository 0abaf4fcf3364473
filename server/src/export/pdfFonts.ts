import fs from 'node:fs';
import path from 'node:path';

/**
 * The Chinese fonts a PDF is set in. PDF readers have no 宋体/黑体 to fall back on, so the
 * fonts travel inside the file (subset to the characters used). We use Noto CJK: free, in
 * every Linux distribution, with a serif that reads as 宋体 for the body and a sans that reads
 * as 黑体 for headings. pdfkit's fontkit embeds their CFF outlines from the .ttc collections
 * as CID fonts, with a ToUnicode map, so the text stays searchable and copyable.
 */
export interface PdfFontFile {
  path: string;
  /** The face inside a .ttc collection; undefined for a single-font file. */
  face?: string;
}

export interface PdfFonts {
  serif: { normal: PdfFontFile; bold: PdfFontFile };
  sans: { normal: PdfFontFile; bold: PdfFontFile };
}

/** The Debian (and Ubuntu) package that provides the fonts; the log names it when they are missing. */
export const PDF_FONT_PACKAGE = 'fonts-noto-cjk';

/** Where distributions put Noto CJK: Debian/Ubuntu, Alpine, Fedora. */
export const DEFAULT_PDF_FONT_DIRS: readonly string[] = [
  '/usr/share/fonts/opentype/noto',
  '/usr/share/fonts/noto',
  '/usr/share/fonts/google-noto-cjk',
];

/** Candidates per face, best first: the collections distributions ship, then SC-only files. */
const CANDIDATES = {
  serifNormal: [
    { file: 'NotoSerifCJK-Regular.ttc', face: 'NotoSerifCJKsc-Regular' },
    { file: 'NotoSerifSC-Regular.otf' },
  ],
  serifBold: [
    { file: 'NotoSerifCJK-Bold.ttc', face: 'NotoSerifCJKsc-Bold' },
    { file: 'NotoSerifSC-Bold.otf' },
  ],
  sansNormal: [
    { file: 'NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
    { file: 'NotoSansSC-Regular.otf' },
  ],
  sansBold: [
    { file: 'NotoSansCJK-Bold.ttc', face: 'NotoSansCJKsc-Bold' },
    { file: 'NotoSansSC-Bold.otf' },
  ],
} as const;

type Candidate = { readonly file: string; readonly face?: string };

function find(dirs: readonly string[], candidates: readonly Candidate[]): PdfFontFile | null {
  for (const dir of dirs) {
    for (const c of candidates) {
      const file = path.join(dir, c.file);
      if (fs.existsSync(file)) return c.face ? { path: file, face: c.face } : { path: file };
    }
  }
  return null;
}

/**
 * The fonts in `dir` (or the distributions' usual folders), or null when a regular serif or
 * sans is missing. A missing bold falls back to the regular face. Cheap enough to run per
 * export, so installing the package takes effect without a restart.
 */
export function findPdfFonts(dir?: string): PdfFonts | null {
  const dirs = dir ? [dir] : DEFAULT_PDF_FONT_DIRS;
  const serif = find(dirs, CANDIDATES.serifNormal);
  const sans = find(dirs, CANDIDATES.sansNormal);
  if (!serif || !sans) return null;
  return {
    serif: { normal: serif, bold: find(dirs, CANDIDATES.serifBold) ?? serif },
    sans: { normal: sans, bold: find(dirs, CANDIDATES.sansBold) ?? sans },
  };
}

/** Every file the fonts come from: the only local files the PDF renderer may read. */
export function fontPaths(fonts: PdfFonts): Set<string> {
  return new Set(
    [fonts.serif.normal, fonts.serif.bold, fonts.sans.normal, fonts.sans.bold].map((f) => f.path),
  );
}
