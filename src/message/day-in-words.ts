import { parseDay } from '../guide/reminder-date';

/**
 * Days as a reader says them: "Friday 11 December" (with the year when it is not this year),
 * never "2026-12-11". Days are calendar days ("YYYY-MM-DD", as date inputs give them), read in UTC
 * so that no time zone moves them.
 */
export function dayInWords(day: string, today: string, locale: string): string {
  const date = parseDay(day);
  if (!date) return day;
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  // In the locale's order, but always spaced alike: en-GB puts a comma after the weekday only when a year follows.
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: sameYear ? undefined : 'numeric', timeZone: 'UTC' })
    .formatToParts(date)
    .filter((part) => part.type !== 'literal')
    .map((part) => part.value)
    .join(' ');
}

/** Today as a calendar day, in the reader's own time zone. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
