import pdfmake from 'pdfmake';
import type {
  Content,
  StyleDictionary,
  TDocumentDefinitions,
  TFontDictionary,
} from 'pdfmake/interfaces';
import type { ExportOutline, OutlineBlock, TitleItem } from './outline';
import { fontPaths, type PdfFontFile, type PdfFonts } from './pdfFonts';
import { pdfRuns, richBlocksToPdf } from './pdfRichText';
import { dataTable, keyValueTable } from './pdfTables';
import { splitByOrientation } from './tableGrid';

/**
 * An outline as a PDF laid out like the Word file: A4 with Word's margins for Chinese
 * documents, 宋体-like body and 黑体-like headings (Noto Serif/Sans CJK), headings numbered
 * 一、 and （一）, tables with borders whose header row repeats on every page, and page
 * numbers from the first page after the title page.
 */

/** Points. 2.54 cm top and bottom, 3.17 cm left and right, as in the Word file. */
const MARGINS: [number, number, number, number] = [90, 72, 90, 72];
const HEADER_FILL = '#E7E6E6';

const STYLES: StyleDictionary = {
  h1: { font: 'Sans', fontSize: 14, margin: [0, 12, 0, 6] },
  h2: { font: 'Sans', fontSize: 12, margin: [0, 9, 0, 4] },
  h3: { font: 'Sans', fontSize: 12, margin: [0, 6, 0, 3] },
  // 小四, first line indented two characters as Chinese prose is.
  body: { fontSize: 12, leadingIndent: 24, margin: [0, 0, 0, 4] },
  quote: { fontSize: 12, margin: [36, 0, 0, 4] },
  list: { fontSize: 12 },
  // 五号 in tables, a little tighter than the prose.
  table: { fontSize: 10.5, lineHeight: 1.1, margin: [0, 2, 0, 8] },
  tableHeader: { font: 'Sans', fillColor: HEADER_FILL, alignment: 'center' },
};

export async function renderPdf(outline: ExportOutline, fonts: PdfFonts): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    info: { title: outline.title, creator: 'Tandem', producer: 'Tandem' },
    language: outline.lang,
    pageSize: 'A4',
    pageMargins: MARGINS,
    defaultStyle: { font: 'Serif', fontSize: 12, lineHeight: 1.15 },
    styles: STYLES,
    content: [titlePage(outline.titlePage), ...body(outline)],
    // Page 1 is the title page: it has no number, and the body counts from 1, as in Word.
    footer: (page) =>
      page > 1
        ? { text: `— ${page - 1} —`, alignment: 'center', fontSize: 9, margin: [0, 30, 0, 0] }
        : null,
    // Word's "keep with next": a heading never ends a page when more follows.
    pageBreakBefore: (node, nodes) =>
      node.headlineLevel !== undefined &&
      nodes.getFollowingNodesOnPage().every((n) => n.headlineLevel !== undefined) &&
      nodes.getNodesOnNextPage().length > 0,
  };
  // The pdfmake module keeps its fonts and access policies globally; `createPdf` reads them
  // synchronously, so setting them right before it is safe with exports running at once.
  const allowed = fontPaths(fonts);
  pdfmake.setFonts(fontDictionary(fonts));
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => allowed.has(file));
  return pdfmake.createPdf(definition).getBuffer();
}

function fontDictionary(fonts: PdfFonts): TFontDictionary {
  // A fresh array per face: pdfmake may write a loaded buffer into it.
  const face = (f: PdfFontFile): string | [string, string] => (f.face ? [f.path, f.face] : f.path);
  // There is no italic CJK face (宋体 has none either): italics use the upright one.
  return {
    Serif: {
      normal: face(fonts.serif.normal),
      bold: face(fonts.serif.bold),
      italics: face(fonts.serif.normal),
      bolditalics: face(fonts.serif.bold),
    },
    Sans: {
      normal: face(fonts.sans.normal),
      bold: face(fonts.sans.bold),
      italics: face(fonts.sans.normal),
      bolditalics: face(fonts.sans.bold),
    },
  } as TFontDictionary;
}

function titlePage(items: readonly TitleItem[]): Content {
  let gap = 0;
  const stack: Content[] = [];
  for (const item of items) {
    if (item.kind === 'gap') {
      gap += item.lines * 18;
      continue;
    }
    stack.push({
      text: item.text,
      fontSize: item.size,
      alignment: 'center',
      margin: [0, gap + 6, 0, 6],
      ...(item.heading ? { font: 'Sans' } : {}),
    });
    gap = 0;
  }
  // Word centres the title page vertically; a fixed top margin comes close for a few lines.
  return { stack, margin: [0, 120, 0, 0], pageBreak: 'after' };
}

function body(outline: ExportOutline): Content[] {
  const number = headingNumbers(outline.lang);
  return splitByOrientation(outline.body).map((part, i) => ({
    stack: part.blocks.flatMap((block) => bodyBlock(block, number)),
    // A landscape table starts on turned pages of its own; the pages after it turn back.
    ...(i > 0 ? { pageBreak: 'before' as const } : {}),
    ...(i > 0 || part.landscape
      ? { pageOrientation: part.landscape ? ('landscape' as const) : ('portrait' as const) }
      : {}),
  }));
}

function bodyBlock(block: OutlineBlock, number: (level: 1 | 2) => string): Content[] {
  switch (block.kind) {
    case 'heading':
      return [
        {
          text: `${number(block.level)}${block.text}`,
          style: `h${block.level}`,
          headlineLevel: block.level,
        },
      ];
    case 'paragraph':
      return [{ text: pdfRuns(block.runs), style: 'body' }];
    case 'rich':
      return richBlocksToPdf(block.blocks);
    case 'keyValue':
      return [keyValueTable(block.pairs)];
    case 'table':
      return [dataTable(block)];
    case 'gap':
      return [{ text: '', margin: [0, block.lines * 14, 0, 0] }];
  }
}

/** 一、 and （一） in Chinese; 1. and 1.1 in English, where Chinese numerals would puzzle. */
function headingNumbers(lang: ExportOutline['lang']): (level: 1 | 2) => string {
  let first = 0;
  let second = 0;
  return (level) => {
    if (level === 1) {
      first += 1;
      second = 0;
      return lang === 'zh-CN' ? `${chineseNumber(first)}、` : `${first}. `;
    }
    second += 1;
    return lang === 'zh-CN' ? `（${chineseNumber(second)}）` : `${first}.${second} `;
  };
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 as Chinese counting numbers (一, 十, 十一, 二十一), as Word's chineseCounting writes them. */
export function chineseNumber(n: number): string {
  if (n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones] ?? '';
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[ones]}`;
}
