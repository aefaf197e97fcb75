import { describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { foldLine, reminderIcs } from '../../src/guide/ical';

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
