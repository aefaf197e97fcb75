/**
 * A calendar reminder as an iCalendar (RFC 5545) file, made in the browser: an all-day event with
 * a morning alarm. Text is escaped (§3.3.11) and long lines folded at 75 octets (§3.1).
 */
import { wellFormed } from '../lib/well-formed';

export interface Reminder {
  /** The day to be reminded, as YYYY-MM-DD. */
  date: string;
  summary: string;
  description: string;
  url: string;
  /** When the file was made; DTSTAMP. */
  now: Date;
  /** Unique id for the event. */
  uid: string;
}

export function escapeText(text: string): string {
  return wellFormed(text)
    // Control characters are not allowed in iCalendar text (line breaks become \n below).
    .replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line into chunks of at most 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const chunks: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = chunks.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      chunks.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  chunks.push(current);
  return chunks.join('\r\n ');
}

const compactDate = (isoDate: string) => isoDate.replace(/-/g, '');

function nextDay(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export function reminderIcs(reminder: Reminder): string {
  if (!isIsoDate(reminder.date)) throw new Error(`"${reminder.date}" is not a date (YYYY-MM-DD).`);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//After the No//Guide reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${reminder.uid}`,
    `DTSTAMP:${stamp(reminder.now)}`,
    `DTSTART;VALUE=DATE:${compactDate(reminder.date)}`,
    `DTEND;VALUE=DATE:${compactDate(nextDay(reminder.date))}`,
    `SUMMARY:${escapeText(reminder.summary)}`,
    `DESCRIPTION:${escapeText(reminder.description)}`,
    `URL:${reminder.url}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(reminder.summary)}`,
    // Nine in the morning of the reminder day.
    'TRIGGER:PT9H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
