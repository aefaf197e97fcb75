import { describe, expect, test } from 'vitest';
import { MAX_QUOTE, shortQuote } from '../../src/lib/short-quote';

describe('a reader’s text quoted back is short and clean', () => {
  test('short text is quoted whole, trimmed', () => {
    expect(shortQuote('  no reply  ')).toBe('no reply');
    expect(shortQuote('a'.repeat(MAX_QUOTE))).toBe('a'.repeat(MAX_QUOTE));
  });
  test('longer text, a megabyte included, is cut with an ellipsis', () => {
    expect(shortQuote('a'.repeat(MAX_QUOTE + 1))).toBe(`${'a'.repeat(MAX_QUOTE)}…`);
    expect(shortQuote('word '.repeat(200_000))).toBe(`${'word '.repeat(8).slice(0, MAX_QUOTE)}…`);
  });
  test('an emoji is never cut in half, and control or direction characters go', () => {
    expect(shortQuote('🎯'.repeat(MAX_QUOTE + 1))).toBe(`${'🎯'.repeat(MAX_QUOTE)}…`);
    expect(shortQuote('\u202eevil\u0007')).toBe('evil');
  });
});
