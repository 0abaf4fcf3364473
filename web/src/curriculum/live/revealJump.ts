/** An attribute, not a class: React rewrites `className` on the next render of the element. */
const HIGHLIGHT = 'data-jump-flash';
const HIGHLIGHT_MS = 1800;

/**
 * Scrolls an element marked `data-jump="<key>"` into view, focuses it and flashes a highlight, so
 * the eye lands where a rule result or problem points. Returns false when nothing matches.
 */
export function revealJump(root: ParentNode, key: string): boolean {
  const element = root.querySelector<HTMLElement>(`[data-jump="${CSS.escape(key)}"]`);
  if (!element) return false;
  element.scrollIntoView({ block: 'center', inline: 'center' });
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
  element.removeAttribute(HIGHLIGHT);
  // Restart the animation when the same element is jumped to twice in a row.
  void element.offsetWidth;
  element.setAttribute(HIGHLIGHT, '');
  window.setTimeout(() => element.removeAttribute(HIGHLIGHT), HIGHLIGHT_MS);
  return true;
}
