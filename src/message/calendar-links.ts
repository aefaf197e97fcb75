import { parseDay } from '../guide/reminder-date';

/**
 * Links that open the reader's own web calendar with the reminder filled in (an all-day event),
 * beside the .ics file. Plain links: nothing is sent anywhere until the reader follows one.
 */
export interface CalendarEvent {
  /** The day, "YYYY-MM-DD". */
  day: string;
  title: string;
  details: string;
}

/** The day after, "YYYY-MM-DD": an all-day event ends there. */
function nextDay(day: string): string {
  const date = parseDay(day)!;
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export function googleCalendarUrl(event: CalendarEvent): string {
  const url = new URL('https://calendar.google.com/calendar/render');
  url.search = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${event.day.replaceAll('-', '')}/${nextDay(event.day).replaceAll('-', '')}`,
    details: event.details,
  }).toString();
  return url.href;
}

export function outlookCalendarUrl(event: CalendarEvent): string {
  const url = new URL('https://outlook.live.com/calendar/0/deeplink/compose');
  url.search = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
    startdt: event.day,
    enddt: nextDay(event.day),
    allday: 'true',
    body: event.details,
  }).toString();
  return url.href;
}
