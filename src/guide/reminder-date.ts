/**
 * Reminder dates, computed from a date the reader gives (their promised day, the day of their
 * message…), never from today. Dates are plain calendar days, "YYYY-MM-DD", free of time zones.
 */

export type ReminderOffset = { workingDays: number } | { months: number };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day from "YYYY-MM-DD", or undefined for anything else (five-digit years included). */
export function parseDay(value: string): Date | undefined {
  const match = ISO_DAY.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** "YYYY-MM-DD"; past year 9999 there is no such day (toISOString would write "+010000-…"). */
const formatDay = (date: Date): string | undefined => (date.getUTCFullYear() <= 9999 ? date.toISOString().slice(0, 10) : undefined);

/** Monday to Friday; public holidays vary too much by place to guess. */
function addWorkingDays(date: Date, days: number): Date {
  const next = new Date(date);
  let left = days;
  while (left > 0) {
    next.setUTCDate(next.getUTCDate() + 1);
    const weekday = next.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return next;
}

/** Calendar months later; the 31st of a shorter month becomes its last day. */
function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

/** The reminder day for a given start day, e.g. two working days after their promised date (none past 9999). */
export function reminderDay(from: string, offset: ReminderOffset): string | undefined {
  const start = parseDay(from);
  if (!start) return undefined;
  return formatDay('workingDays' in offset ? addWorkingDays(start, offset.workingDays) : addMonths(start, offset.months));
}
