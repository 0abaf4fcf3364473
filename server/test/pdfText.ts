import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A PDF opened with pdf.js (Mozilla's reader), page by page: its text, fonts and size. */
export interface PageText {
  /** The page's text items in reading order, joined without separators. */
  text: string;
  items: string[];
  fonts: { name: string; embedded: boolean }[];
  size: number[];
}

export async function openPdf(
  bytes: Buffer,
): Promise<{ pdf: PDFDocumentProxy; pages: PageText[] }> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    // Keeps each font's name on the loaded font object, so the test can read which one it is.
    fontExtraProperties: true,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  const pages: PageText[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const items = content.items.flatMap((i) => ('str' in i ? [i.str] : []));
    await page.getOperatorList();
    const names = new Set(content.items.flatMap((i) => ('fontName' in i ? [i.fontName] : [])));
    const fonts = [...names].map((id) => {
      const font = page.commonObjs.get(id) as { name: string; missingFile: boolean };
      return { name: font.name, embedded: !font.missingFile };
    });
    pages.push({ text: items.join(''), items, fonts, size: page.view });
  }
  return { pdf, pages };
}
