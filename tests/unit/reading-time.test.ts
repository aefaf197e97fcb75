import { describe, expect, test } from 'vitest';
import { readingMinutes } from '../../src/lib/reading-time';

describe('reading time, at 220 words a minute', () => {
  test('even an empty or tiny page takes a minute', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('Hello.')).toBe(1);
  });

  test('rounds to the nearest minute', () => {
    expect(readingMinutes('word '.repeat(329))).toBe(1); // 1.495 minutes
    expect(readingMinutes('word '.repeat(330))).toBe(2); // 1.5 minutes
    expect(readingMinutes('word '.repeat(660))).toBe(3);
  });

  test('numbers and words in any script count; dashes, bullets and emoji alone do not', () => {
    expect(readingMinutes('2026 '.repeat(660))).toBe(3);
    expect(readingMinutes('über '.repeat(660))).toBe(3);
    expect(readingMinutes(`${'— • 🎯 '.repeat(400)} word`)).toBe(1);
  });

  test('any run of white space separates words', () => {
    expect(readingMinutes('word\n\n\t  '.repeat(660))).toBe(3);
  });
});
