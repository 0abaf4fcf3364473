import { isIsoDate } from './isoDate';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * An instant from a date typed yyyy-mm-dd and a 24-hour time hh:mm, in the browser's time zone
 * (a session's start, a point in a document's history): null when both are empty, 'invalid'
 * when either is off.
 */
export function localDateTime(date: string, time: string): number | null | 'invalid' {
  const day = date.trim();
  const clock = time.trim();
  if (day === '' && clock === '') return null;
  const hm = TIME.exec(clock);
  if (!isIsoDate(day) || !hm) return 'invalid';
  const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, dayOfMonth, Number(hm[1]), Number(hm[2])).getTime();
}
