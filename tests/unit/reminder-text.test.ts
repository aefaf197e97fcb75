import { describe, expect, test } from 'vitest';
import { describeOffset } from '../../src/lib/reminder-text';

describe('a reminder’s offset in words', () => {
  test('one of a unit is singular', () => {
    expect(describeOffset({ workingDays: 1 })).toBe('one working day');
    expect(describeOffset({ months: 1 })).toBe('one month');
  });

  test('small counts are words, in the plural', () => {
    expect(describeOffset({ workingDays: 5 })).toBe('five working days');
    expect(describeOffset({ months: 6 })).toBe('six months');
    expect(describeOffset({ months: 12 })).toBe('twelve months');
  });

  test('larger counts are figures', () => {
    expect(describeOffset({ workingDays: 20 })).toBe('20 working days');
    expect(describeOffset({ months: 24 })).toBe('24 months');
  });
});
