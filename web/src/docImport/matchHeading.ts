import type { DocSection } from './DocImportProfile';

const CN_DIGITS = '一二三四五六七八九十百零〇两';

/**
 * Numbering a heading may start with, one layer per pattern: "第一部分", "（一）", "一、", "1.",
 * "2.1", "Part 2", "IV.". Stripped repeatedly, so "一、1. 课程目标" loses both.
 */
const NUMBERING: readonly RegExp[] = [
  new RegExp(`^第[${CN_DIGITS}\\d]+[部分章节篇条项]*`),
  new RegExp(`^[（(][${CN_DIGITS}\\d]+[)）]`),
  new RegExp(`^[${CN_DIGITS}]+(?:[、.．:：]|\\s)+`),
  /^\d+(?:[.．]\d+)*(?:[.．、:：)）]|\s)+/,
  /^(?:part|section|chapter)\s*[\divx]+\b/i,
  /^[ivx]+[.)]\s*/i,
];

/** Drops the heading's numbering and the separators after it. */
export function stripNumbering(text: string): string {
  let rest = text.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const pattern of NUMBERING) {
      const next = rest.replace(pattern, '').replace(/^[\s、.．:：,，\-—]+/, '');
      if (next !== rest) {
        rest = next;
        changed = true;
      }
    }
  }
  return rest;
}

/**
 * A title as compared: no numbering, no bracketed remark ("课程目标（知识、能力、素质）"), lower case,
 * no spaces, punctuation or joining words, so "课程性质和定位" meets "课程性质与定位" and
 * "Nature & positioning" meets "Nature and positioning".
 */
export function normaliseTitle(text: string): string {
  return stripNumbering(text)
    .toLowerCase()
    .replace(/[（(【[《][^）)】\]》]*[）)】\]》]/g, '')
    .replace(/\b(?:and|of|the)\b/g, '')
    .replace(/以及|与|和|及|暨/g, '')
    .replace(/[\p{P}\p{S}\s]/gu, '');
}

/** Headings longer than this are sentences, not section titles. */
const MAX_HEADING_CHARS = 40;
/**
 * A heading may say a little more than a title ("教学实施建议" for "教学实施"), not much more:
 * up to this many characters, or the title's own length for long (English) titles.
 */
const MAX_EXTRA_CHARS = 8;

export interface SectionMatcher {
  /** The section a heading names, or null. */
  match(heading: string): string | null;
}

/** Matches headings against every title and alias of the sections, exact match first. */
export function sectionMatcher(sections: readonly DocSection[]): SectionMatcher {
  const keys: Array<{ key: string; id: string }> = [];
  for (const section of sections) {
    const titles = [section.title['zh-CN'], section.title.en, ...section.aliases];
    for (const title of titles) {
      const key = normaliseTitle(title);
      if (key !== '') keys.push({ key, id: section.id });
    }
  }
  // Longest first, so "课程考核" wins over a shorter alias it starts with.
  keys.sort((a, b) => b.key.length - a.key.length);
  return {
    match(heading) {
      const text = normaliseTitle(heading);
      if (text === '' || text.length > MAX_HEADING_CHARS) return null;
      const exact = keys.find((k) => k.key === text);
      if (exact) return exact.id;
      const prefix = keys.find(
        (k) =>
          text.startsWith(k.key) &&
          text.length - k.key.length <= Math.max(MAX_EXTRA_CHARS, k.key.length),
      );
      return prefix?.id ?? null;
    },
  };
}
