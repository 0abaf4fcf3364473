/**
 * Arrow, Home and End keys in a list (listbox, menu): the next active index, or null when the key
 * does not move. `wrap` goes round from the last item to the first (menus do, listboxes do not).
 */
export function listKeyIndex(
  key: string,
  index: number,
  count: number,
  wrap: boolean,
): number | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return wrap ? (index + 1) % count : Math.min(last, index + 1);
    case 'ArrowUp':
      return wrap ? (index - 1 + count) % count : Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
