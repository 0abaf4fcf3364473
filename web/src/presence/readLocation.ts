import type { PresenceLocation } from '@tandem/protocol';

/** Course-standard sections (and any other section) carry `data-jump="section:<id>"`. */
const SECTION_PREFIX = 'section:';
const SECTION_SELECTOR = `[data-jump^="${SECTION_PREFIX}"]`;
/** Headings of rich-text documents: their text is the section key. */
const HEADING_SELECTOR = '.editor__content h1, .editor__content h2, .editor__content h3';
const MAX_KEY = 200;

function headingKey(element: Element): string {
  return (element.textContent ?? '').trim().slice(0, MAX_KEY);
}

function isOnScreen(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight;
}

/**
 * The section the reader is looking at: the one holding focus while it is on screen (where they
 * work, or where a contents link took them), else the last one whose top is above a third of
 * the screen.
 */
export function sectionInView(root: ParentNode = document): string | null {
  const focused = document.activeElement?.closest(SECTION_SELECTOR);
  if (focused && root.contains(focused) && isOnScreen(focused)) {
    return focused.getAttribute('data-jump')?.slice(SECTION_PREFIX.length) || null;
  }
  const line = window.innerHeight / 3;
  const sections = [...root.querySelectorAll(SECTION_SELECTOR)];
  const candidates = sections.length > 0 ? sections : [...root.querySelectorAll(HEADING_SELECTOR)];
  let current: Element | null = null;
  for (const element of candidates) {
    const rect = element.getBoundingClientRect();
    if (rect.height === 0) continue;
    if (rect.top <= line) current = element;
    else if (current === null && rect.top < window.innerHeight) current = element;
  }
  if (!current) return null;
  const jump = current.getAttribute('data-jump');
  if (jump?.startsWith(SECTION_PREFIX)) return jump.slice(SECTION_PREFIX.length) || null;
  return headingKey(current) || null;
}

/** The section an element is in (a focused cell or field), if it is inside one. */
function sectionOf(element: Element): string | null {
  const jump = element.closest(SECTION_SELECTOR)?.getAttribute('data-jump');
  return jump ? jump.slice(SECTION_PREFIX.length) : null;
}

/** Where focus puts us: the focused grid cell (`data-cell`) and its section. */
export function locationOfFocus(target: EventTarget | null): PresenceLocation | null {
  if (!(target instanceof Element)) return null;
  const cell = target.closest('[data-cell]')?.getAttribute('data-cell') ?? null;
  const section = sectionOf(target) ?? sectionInView();
  if (!cell && !section) return null;
  return {
    ...(section ? { section: section.slice(0, MAX_KEY) } : {}),
    ...(cell ? { cell: cell.slice(0, MAX_KEY) } : {}),
  };
}

/** Finds the element a section key names: a `data-jump` section, else a heading with that text. */
export function findSection(section: string, root: ParentNode = document): HTMLElement | null {
  const byJump = root.querySelector<HTMLElement>(
    `[data-jump="${CSS.escape(`${SECTION_PREFIX}${section}`)}"]`,
  );
  if (byJump) return byJump;
  for (const heading of root.querySelectorAll<HTMLElement>(HEADING_SELECTOR)) {
    if (headingKey(heading) === section) return heading;
  }
  return null;
}

/** A human label for a grid cell shown on this page ("Hours: 32"), or null. */
export function cellLabel(cell: string, root: ParentNode = document): string | null {
  const element = root.querySelector(`[data-cell="${CSS.escape(cell)}"]`);
  return element?.getAttribute('aria-label') ?? null;
}
