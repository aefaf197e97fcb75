import { describe, expect, test } from 'vitest';
import { parseDay, reminderDay } from '../../src/guide/reminder-date';
import { describeOffset } from '../../src/lib/reminder-text';

describe('reminder dates come from the reader’s date', () => {
  test('two working days after a Friday is the Tuesday', () => {
    expect(reminderDay('2026-12-04', { workingDays: 2 })).toBe('2026-12-08');
  });
  test('two working days after a Wednesday is the Friday', () => {
    expect(reminderDay('2026-12-02', { workingDays: 2 })).toBe('2026-12-04');
  });
  test('five working days after a Thursday skips the weekend', () => {
    expect(reminderDay('2026-12-03', { workingDays: 5 })).toBe('2026-12-10');
  });
  test('months keep the day, or use the last day of a shorter month', () => {
    expect(reminderDay('2026-11-29', { months: 3 })).toBe('2027-02-28');
    expect(reminderDay('2026-05-15', { months: 6 })).toBe('2026-11-15');
    expect(reminderDay('2026-12-31', { months: 2 })).toBe('2027-02-28');
  });
  test('a date that is not a real day gives no reminder', () => {
    for (const bad of ['', '2026-02-30', '12026-01-01', '2026-1-1', 'tomorrow', '2026-13-01']) {
      expect(parseDay(bad), bad).toBeUndefined();
      expect(reminderDay(bad, { workingDays: 2 }), bad).toBeUndefined();
    }
  });
  test('a year past 9999 is no day, and gives no reminder past it either', () => {
    for (const bad of ['10000-01-01', '275760-01-01', '+010000-01-01']) {
      expect(parseDay(bad), bad).toBeUndefined();
      expect(reminderDay(bad, { workingDays: 2 }), bad).toBeUndefined();
    }
    expect(reminderDay('9999-12-31', { workingDays: 2 })).toBeUndefined();
    expect(reminderDay('9999-12-15', { months: 1 })).toBeUndefined();
    expect(reminderDay('9999-12-01', { workingDays: 2 })).toBe('9999-12-03');
  });
  test('offsets read as words', () => {
    expect(describeOffset({ workingDays: 2 })).toBe('two working days');
    expect(describeOffset({ months: 1 })).toBe('one month');
    expect(describeOffset({ months: 18 })).toBe('18 months');
  });
});
