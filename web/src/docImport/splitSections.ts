import type { SectionMatcher } from './matchHeading';
import { stripNumbering } from './matchHeading';

/** A run of the file's top-level blocks: under a template section, under another heading, or before any. */
export type Chunk =
  | { kind: 'section'; sectionId: string; title: string; blocks: Element[] }
  | { kind: 'heading'; title: string; blocks: Element[] }
  | { kind: 'preamble'; blocks: Element[] };

interface Heading {
  /** 1–6 for h1–h6; null for a paragraph that only reads like a heading. */
  level: number | null;
  text: string;
  sectionId: string | null;
}

/** A paragraph set as a heading by hand (bold, numbered) rather than with a heading style. */
const MAX_PARAGRAPH_HEADING = 40;

function text(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Many colleges' files use no heading styles: "一、课程性质与定位" is a bold or numbered paragraph.
 * Such a paragraph counts only when it names a section; a table-of-contents line (an internal
 * link) never does.
 */
function paragraphHeading(el: Element, matcher: SectionMatcher): Heading | null {
  if (el.tagName !== 'P') return null;
  const words = text(el);
  if (words === '' || words.length > MAX_PARAGRAPH_HEADING) return null;
  if (el.querySelector('a[href^="#"]')) return null;
  const strong = [...el.querySelectorAll('strong')].map(text).join('');
  const numbered = stripNumbering(words) !== words;
  if (strong.replace(/\s/g, '') !== words.replace(/\s/g, '') && !numbered) return null;
  const sectionId = matcher.match(words);
  return sectionId === null ? null : { level: null, text: words, sectionId };
}

function headingOf(el: Element, matcher: SectionMatcher): Heading | null {
  const level = /^H([1-6])$/.exec(el.tagName)?.[1];
  if (level === undefined) return paragraphHeading(el, matcher);
  const words = text(el);
  return { level: Number(level), text: words, sectionId: matcher.match(words) };
}

/**
 * Splits a converted file into runs by heading. A heading naming a template section starts
 * that section. Another heading starts a run of its own (to be placed by hand) only at the
 * level the file's section headings use or above; deeper ones (the "（一）教学方法" inside
 * "教学实施") stay in the section as sub-headings.
 */
export function splitSections(body: Element, matcher: SectionMatcher): Chunk[] {
  const blocks = [...body.children];
  const headings = blocks.map((el) => headingOf(el, matcher));
  const sectionLevels = headings
    .filter((h): h is Heading & { level: number } => h?.sectionId != null && h.level !== null)
    .map((h) => h.level);
  const sectionLevel = sectionLevels.length > 0 ? Math.min(...sectionLevels) : 0;
  const chunks: Chunk[] = [];
  let current: Chunk = { kind: 'preamble', blocks: [] };
  chunks.push(current);
  blocks.forEach((el, i) => {
    const heading = headings[i];
    if (heading?.sectionId) {
      current = { kind: 'section', sectionId: heading.sectionId, title: heading.text, blocks: [] };
      chunks.push(current);
    } else if (heading && heading.level !== null && heading.level <= sectionLevel) {
      current = { kind: 'heading', title: heading.text, blocks: [] };
      chunks.push(current);
    } else {
      current.blocks.push(el);
    }
  });
  return chunks.filter((c) => c.kind !== 'preamble' || c.blocks.length > 0);
}
