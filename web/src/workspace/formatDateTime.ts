const formatters = new Map<string, Intl.DateTimeFormat>();

/** A date and time in the reader's language and time zone, e.g. "2025年3月1日 16:00". */
export function formatDateTime(iso: string, language: string, withTime = true): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const key = `${language}|${withTime}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(
      language,
      withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' },
    );
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}
