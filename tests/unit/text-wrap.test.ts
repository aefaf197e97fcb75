import { describe, expect, test } from 'vitest';
import { wrapText } from '../../src/guide/text-wrap';

describe('wrapping text for the map (SVG cannot wrap)', () => {
  test('short text stays on one line', () => {
    expect(wrapText('What has happened?', 24)).toEqual(['What has happened?']);
  });

  test('breaks at spaces so no line is longer than the width', () => {
    expect(wrapText('They said no after the final round', 12)).toEqual(['They said no', 'after the', 'final round']);
  });

  test('a line may be exactly the width', () => {
    // "aaaa bbbb" is 9 characters.
    expect(wrapText('aaaa bbbb cc', 9)).toEqual(['aaaa bbbb', 'cc']);
    expect(wrapText('aaaa bbbb cc', 8)).toEqual(['aaaa', 'bbbb cc']);
  });

  test('a word longer than the width gets a line of its own, unbroken', () => {
    expect(wrapText('an extraordinarily long word', 6)).toEqual(['an', 'extraordinarily', 'long', 'word']);
  });

  test('runs of spaces, tabs and line breaks count as one space, and edges are trimmed', () => {
    expect(wrapText('  one \t two\n\nthree  ', 40)).toEqual(['one two three']);
  });

  test('empty or blank text gives no lines', () => {
    expect(wrapText('', 10)).toEqual([]);
    expect(wrapText('   \n ', 10)).toEqual([]);
  });
});
