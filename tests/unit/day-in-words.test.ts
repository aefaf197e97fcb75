import { describe, expect, test } from 'vitest';
import { dayInWords } from '../../src/message/day-in-words';
import { sendDayText } from '../../src/message/send-day-text';

const texts = { today: 'Send it today, {day}.', later: 'Send it on {day}.', passed: 'That day has passed: send it today, {day}.' };

describe('days in words', () => {
  test('name the weekday, the day and the month, and the year only when it is not this one', () => {
    expect(dayInWords('2026-12-08', '2026-12-07', 'en-GB')).toBe('Tuesday 8 December');
    expect(dayInWords('2027-01-04', '2026-12-07', 'en-GB')).toBe('Monday 4 January 2027');
  });

  test('say "today" on the day, the day itself when it is later, and today when it has passed', () => {
    expect(sendDayText('2026-12-08', '2026-12-08', 'en-GB', texts)).toBe('Send it today, Tuesday 8 December.');
    expect(sendDayText('2026-12-11', '2026-12-08', 'en-GB', texts)).toBe('Send it on Friday 11 December.');
    expect(sendDayText('2026-12-01', '2026-12-08', 'en-GB', texts)).toBe('That day has passed: send it today, Tuesday 8 December.');
  });

  test('leave a day it cannot read as it is, rather than invent one', () => {
    expect(dayInWords('not a day', '2026-12-08', 'en-GB')).toBe('not a day');
  });
});
