const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long ago a document changed, split by kind so each language can phrase it naturally:
 * "Updated 5 minutes ago" / "5分钟前更新", but "Updated on Dec 1, 2024" / "更新于 2024年12月1日".
 */
export type UpdatedAt =
  | { kind: 'just-now' }
  | { kind: 'relative'; text: string }
  | { kind: 'date'; text: string };

export function formatUpdatedAt(iso: string, locale: string, now: number = Date.now()): UpdatedAt {
  const time = Date.parse(iso);
  // Not a date: show it as given rather than "Invalid Date".
  if (Number.isNaN(time)) return { kind: 'date', text: iso };
  const elapsed = now - time;
  if (elapsed >= 0 && elapsed < 7 * DAY) {
    if (elapsed < MINUTE) return { kind: 'just-now' };
    const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    const text =
      elapsed < HOUR
        ? relative.format(-Math.floor(elapsed / MINUTE), 'minute')
        : elapsed < DAY
          ? relative.format(-Math.floor(elapsed / HOUR), 'hour')
          : relative.format(-Math.floor(elapsed / DAY), 'day');
    return { kind: 'relative', text };
  }
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return { kind: 'date', text: date.format(time) };
}
