import { findSection } from '../presence';

const FLASH = 'data-follow-flash';
const GIVE_UP_MS = 15_000;
const SETTLE_EVERY_MS = 150;
const SETTLE_ROUNDS = 20;
/** The reader taking over: stop moving the page for them. */
const READER_INPUT = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;

/**
 * Scrolls the section a presenter points at into view once it exists: after a navigation the
 * document (and a course standard's sections) render a moment later, so this watches the page
 * until it shows up. Returns a cancel function; a newer jump cancels the older one.
 */
export function revealSection(section: string): () => void {
  let settleTimer = 0;
  let found = false;
  const tryReveal = (): boolean => {
    const element = findSection(section);
    if (!element) return false;
    found = true;
    element.scrollIntoView({ block: 'start' });
    element.removeAttribute(FLASH);
    void element.offsetWidth;
    element.setAttribute(FLASH, '');
    window.setTimeout(() => element.removeAttribute(FLASH), 2200);
    holdInPlace();
    return true;
  };
  // Content above the section (rich-text parts, tables) is often still loading and pushes it
  // down, or is not tall enough to scroll yet: keep bringing it to the top for a moment, until
  // the reader scrolls or types themselves.
  const holdInPlace = () => {
    let rounds = 0;
    const check = () => {
      if (rounds++ > SETTLE_ROUNDS) return;
      findSection(section)?.scrollIntoView({ block: 'start' });
      settleTimer = window.setTimeout(check, SETTLE_EVERY_MS);
    };
    settleTimer = window.setTimeout(check, SETTLE_EVERY_MS);
  };
  const onReaderInput = () => stop();
  const observer = new MutationObserver(() => {
    if (!found && tryReveal()) observer.disconnect();
  });
  const giveUp = window.setTimeout(() => observer.disconnect(), GIVE_UP_MS);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(giveUp);
    window.clearTimeout(settleTimer);
    for (const e of READER_INPUT) window.removeEventListener(e, onReaderInput, true);
  };
  for (const e of READER_INPUT) window.addEventListener(e, onReaderInput, true);
  if (!tryReveal()) observer.observe(document.body, { childList: true, subtree: true });
  return stop;
}
