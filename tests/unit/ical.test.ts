import { describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { escapeText, foldLine, isIsoDate, reminderIcs } from '../../src/guide/ical';

const awkward = 'Send “One last check-in” to Smith, Jones; Partners\\Co — über café 🎯 '.repeat(3);

describe('calendar reminder', () => {
  const ics = reminderIcs({
    date: '2026-12-03',
    summary: awkward,
    description: 'Line one,\nline two; with a backslash \\ and ünïcödé',
    url: 'https://after-the-no.example/guide/outcomes/last-check-in/',
    now: new Date('2026-11-25T10:20:30.456Z'),
    uid: 'test-uid@after-the-no',
  });

  test('parses back with ical.js to the same values', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(awkward);
    expect(event.description).toBe('Line one,\nline two; with a backslash \\ and ünïcödé');
    expect(event.uid).toBe('test-uid@after-the-no');
    expect(event.startDate.toString()).toBe('2026-12-03');
    expect(event.startDate.isDate).toBe(true);
    expect(event.endDate.toString()).toBe('2026-12-04');
    const alarm = calendar.getFirstSubcomponent('vevent')!.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('trigger')!.toString()).toBe('PT9H');
  });

  test('uses CRLF and folds every line to at most 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  test('never splits a multi-byte character when folding', () => {
    const folded = foldLine(`SUMMARY:${'é'.repeat(100)}`);
    for (const line of folded.split('\r\n')) expect(line.includes('\uFFFD')).toBe(false);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(100)}`);
  });

  test('rejects an impossible date', () => {
    expect(() => reminderIcs({ date: '2026-02-30', summary: 'x', description: 'y', url: 'https://a.example/', now: new Date(), uid: 'u' })).toThrow();
  });
});

describe('the calendar file, line by line', () => {
  test('is an all-day event on the day, with an alarm at nine', () => {
    const ics = reminderIcs({
      date: '2026-12-31',
      summary: 'Check in',
      description: 'Send the note',
      url: 'https://after-the-no.example/guide/',
      now: new Date('2026-11-25T10:20:30.456Z'),
      uid: 'abc@after-the-no',
    });
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//After the No//Guide reminder//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:abc@after-the-no',
      'DTSTAMP:20261125T102030Z',
      'DTSTART;VALUE=DATE:20261231',
      'DTEND;VALUE=DATE:20270101',
      'SUMMARY:Check in',
      'DESCRIPTION:Send the note',
      'URL:https://after-the-no.example/guide/',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Check in',
      'TRIGGER:PT9H',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  test('the event ends the next day, across months and leap days', () => {
    const end = (date: string) => /DTEND;VALUE=DATE:(\d+)/.exec(reminderIcs({ date, summary: 's', description: 'd', url: 'u', now: new Date(0), uid: 'u' }))![1];
    expect(end('2028-02-28')).toBe('20280229');
    expect(end('2026-02-28')).toBe('20260301');
    expect(end('2026-04-30')).toBe('20260501');
  });

  test('names the date it cannot use', () => {
    expect(() => reminderIcs({ date: '03/12/2026', summary: 's', description: 'd', url: 'u', now: new Date(0), uid: 'u' })).toThrow('"03/12/2026"');
  });
});

describe('dates', () => {
  test('only real days written YYYY-MM-DD are dates', () => {
    for (const good of ['2026-12-03', '2028-02-29', '2026-01-31']) expect(isIsoDate(good), good).toBe(true);
    for (const bad of ['', '2026-02-29', '2026-04-31', '2026-13-01', '2026-1-01', '26-01-01', 'x2026-01-01', '2026-01-01x', '2026-01-01T00:00', 'YYYY-MM-DD']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });
});

describe('escaping text', () => {
  test('backslashes, semicolons and commas are escaped, in that order', () => {
    expect(escapeText('a;b,c\\d')).toBe('a\\;b\\,c\\\\d');
    expect(escapeText('\\;')).toBe('\\\\\\;');
  });

  test('every kind of line break becomes \\n', () => {
    expect(escapeText('one\r\ntwo\rthree\nfour\n\nfive')).toBe('one\\ntwo\\nthree\\nfour\\n\\nfive');
  });

  test('control characters are dropped', () => {
    expect(escapeText('a\u0000b\u0007c\td\u000be\u000cf\u000eg\u001fh\u007fi')).toBe('abcdefghi');
    expect(escapeText('tab\there')).toBe('tabhere');
  });

  test('a lone surrogate becomes the replacement character', () => {
    expect(escapeText('x\uD83Cy')).toBe('x\uFFFDy');
  });

  test('ordinary text is left alone', () => {
    expect(escapeText('Über café: “thanks” 🎯')).toBe('Über café: “thanks” 🎯');
  });
});

describe('folding lines', () => {
  test('a line of up to 75 octets is not folded', () => {
    expect(foldLine('')).toBe('');
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
  });

  test('the first line holds 75 octets, each continuation a space and 74 more', () => {
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
    expect(foldLine('a'.repeat(75 + 74 + 1))).toBe(`${'a'.repeat(75)}\r\n ${'a'.repeat(74)}\r\n a`);
    expect(foldLine('a'.repeat(75 + 74))).toBe(`${'a'.repeat(75)}\r\n ${'a'.repeat(74)}`);
  });

  test('counts octets, not characters', () => {
    // 74 ASCII octets, then a two-octet "é" that would make 76.
    expect(foldLine(`${'a'.repeat(74)}é`)).toBe(`${'a'.repeat(74)}\r\n é`);
    expect(foldLine(`${'a'.repeat(73)}é`)).toBe(`${'a'.repeat(73)}é`);
    // A four-octet emoji is never split.
    expect(foldLine(`${'a'.repeat(73)}🎯b`)).toBe(`${'a'.repeat(73)}\r\n 🎯b`);
  });
});
