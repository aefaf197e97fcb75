import { expect, test } from 'vitest';
import { readingMinutes } from '../../src/lib/reading-time';

test('counts prose words at about 220 a minute, at least one minute', () => {
  expect(readingMinutes('word '.repeat(1100))).toBe(5);
  expect(readingMinutes('Just a few words.')).toBe(1);
});

test('ignores Markdown syntax, link targets and tags', () => {
  const prose = 'word '.repeat(440);
  const noisy = `## Heading\n\n${prose}\n\n[a](https://example.com/a/very/long/url/with/many/parts) <span>x</span> --- **`;
  expect(readingMinutes(noisy)).toBe(readingMinutes(`${prose} Heading a x`));
});
