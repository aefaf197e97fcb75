import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en';
import { contentFiles } from '../support/content-files';

/**
 * One typography everywhere a reader looks: curly quotes and apostrophes (“ ” ‘ ’), never
 * straight ones, in the interface's words and in content (front matter and body text alike).
 */
const STRAIGHT = /"|[\p{L}\p{N}]'|'[\p{L}\p{N}]/u;

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/** A body's prose: without MDX imports and components, or link targets. */
const proseOf = (body: string) =>
  body
    .split('\n')
    .filter((line) => !/^\s*(import |<|\{)/.test(line))
    .join('\n')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]*>/g, '');

describe('quotes and apostrophes are typographic', () => {
  test('in every interface string', () => {
    expect(Object.entries(en).filter(([, text]) => STRAIGHT.test(text))).toEqual([]);
  });

  test.each(['article', 'questions', 'templates', 'move-on', 'guide'])('in content/%s', (folder) => {
    const straight = contentFiles(folder).flatMap((file) =>
      [...stringsOf(file.data), proseOf(file.body)].filter((text) => STRAIGHT.test(text)).map((text) => `${file.path}: ${text.slice(0, 60)}`),
    );
    expect(straight).toEqual([]);
  });

  test('the check sees a straight quote or apostrophe', () => {
    expect(STRAIGHT.test('don\'t')).toBe(true);
    expect(STRAIGHT.test('say "no"')).toBe(true);
    expect(STRAIGHT.test('don’t say “no”')).toBe(false);
  });
});
