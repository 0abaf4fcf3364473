/**
 * Colours for collaborators: calm, distinguishable, and dark enough for white text on the cursor
 * name label (each passes WCAG AA, 4.5:1, against white).
 */
export const CALM_PALETTE = [
  '#2f6f8f',
  '#3a7556',
  '#8a5a2b',
  '#6f4d8c',
  '#a8445f',
  '#3f659b',
  '#2b7470',
  '#94512f',
  '#56627f',
  '#5f6f2c',
] as const;

/** FNV-1a: tiny, stable across sessions and browsers, so a name keeps its colour everywhere. */
function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i += 1) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function colorForName(name: string): string {
  const index = hashString(name.trim().toLowerCase()) % CALM_PALETTE.length;
  return CALM_PALETTE[index] ?? CALM_PALETTE[0];
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

/**
 * What goes inside an avatar. Chinese names show their last two characters, as Chinese office
 * tools do (张晓明 → 晓明); other names their initials (Li Na → LN).
 */
export function initialsForName(name: string): string {
  // "Liu Ting (JD)" and "刘婷（京东）": the parenthesised affiliation is not part of the name.
  const withoutAside = name.replace(/[(（][^)）]*[)）]/gu, ' ').trim();
  const trimmed = withoutAside === '' ? name.trim() : withoutAside;
  if (trimmed === '') return '?';
  if (CJK.test(trimmed)) return Array.from(trimmed.replace(/\s+/gu, '')).slice(-2).join('');
  const words = trimmed.split(/\s+/u).filter((word) => /\p{L}/u.test(word));
  if (words.length === 0) return Array.from(trimmed)[0] ?? '?';
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [words[0]];
  return letters
    .map((word) => Array.from(word ?? '').find((char) => /\p{L}/u.test(char)) ?? '')
    .join('')
    .toUpperCase();
}
