/** Reading a Word file's document.xml in tests: paragraph text by style, tables as cell texts. */

/** The text of every run in `xml`, joined. */
export const xmlText = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
/** Word paragraphs of a style, as plain text. */
export function paragraphsOfStyle(xml: string, style: string): string[] {
  return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<\/w:p>|<w:p [^>]*>(?:(?!<\/w:p>).)*?<\/w:p>/gs)]
    .map((m) => m[0])
    .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
    .map(xmlText);
}
/** Every table as rows of cell texts. */
export function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >].*?<\/w:tr>/gs)].map((r) =>
      [...r[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((c) => xmlText(c[0])),
    ),
  );
}
