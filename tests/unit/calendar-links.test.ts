import { describe, expect, test } from 'vitest';
import { googleCalendarUrl, outlookCalendarUrl } from '../../src/message/calendar-links';

const event = { day: '2026-12-31', title: 'Send “Check in” to Acme & Co', details: 'Your message: https://example.org/guide/x/' };

describe('calendar links', () => {
  test('Google Calendar: an all-day event on the day, ending the next (over a year’s end too)', () => {
    const url = new URL(googleCalendarUrl(event));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('dates')).toBe('20261231/20270101');
    expect(url.searchParams.get('text')).toBe(event.title);
    expect(url.searchParams.get('details')).toBe(event.details);
  });

  test('Outlook: the same event, as all-day', () => {
    const url = new URL(outlookCalendarUrl(event));
    expect(url.origin).toBe('https://outlook.live.com');
    expect(url.searchParams.get('startdt')).toBe('2026-12-31');
    expect(url.searchParams.get('enddt')).toBe('2027-01-01');
    expect(url.searchParams.get('allday')).toBe('true');
    expect(url.searchParams.get('subject')).toBe(event.title);
  });
});
