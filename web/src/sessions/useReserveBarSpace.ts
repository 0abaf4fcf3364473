import { useCallback } from 'react';

/** The CSS variable the page frames read to end above the bar (see sessions.css). */
export const BAR_SPACE_VAR = '--session-bar-space';

/** Bar height plus its 1rem gap from the window's bottom edge, plus a little air above it. */
function barSpace(barHeight: number, rootFontSize: number): number {
  return Math.ceil(barHeight + rootFontSize * 1.5);
}

/**
 * A ref for the floating session bar: while it is on the page, the page keeps room of its height
 * at the bottom, so the document's last lines can be scrolled out from under it.
 */
export function useReserveBarSpace(): (element: HTMLElement | null) => (() => void) | undefined {
  return useCallback((element: HTMLElement | null) => {
    if (!element) return undefined;
    const root = document.documentElement;
    const update = () => {
      const fontSize = Number.parseFloat(getComputedStyle(root).fontSize) || 16;
      root.style.setProperty(BAR_SPACE_VAR, `${barSpace(element.offsetHeight, fontSize)}px`);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty(BAR_SPACE_VAR);
    };
  }, []);
}
