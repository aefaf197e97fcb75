import { describe, expect, test } from 'vitest';
import { markdownProse } from '../../src/lib/markdown-prose';
import { en } from '../../src/i18n/en';
import { contentFiles, type ContentFile } from '../support/content-files';
import { readingGrade } from '../support/readability';

/**
 * Readers arrive upset and often on a phone: every page's words stay at Flesch–Kincaid grade 7
 * or below. Each page is checked as a whole, from the content files that make it; the UI strings
 * (buttons, notices, page chrome) are checked together as one more page.
 */
const MAX_GRADE = 7;

type Texts = unknown;
/** Every string inside a front matter value, one per line (labels, hints, list items…). */
function strings(value: Texts): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => (key === 'keywords' || key === 'href' ? [] : strings(inner)));
  return [];
}

const pick = (file: ContentFile, keys: string[]) => keys.flatMap((key) => strings(file.data[key]));

const pages: [string, string][] = [
  ...contentFiles('article').map((file): [string, string] => [file.path, [file.data.title, file.data.summary].join('\n') + '\n' + markdownProse(file.body)]),
  ...contentFiles('questions').map((file): [string, string] => [
    file.path,
    [...pick(file, ['title', 'description', 'situation', 'nextSteps']), markdownProse(file.body)].join('\n'),
  ]),
  ...contentFiles('templates').map((file): [string, string] => [
    file.path,
    [...pick(file, ['title', 'summary', 'whenToUse', 'subject', 'tips', 'fields', 'pickUp', 'reminder']), markdownProse(file.body)].join('\n'),
  ]),
  ...contentFiles('move-on').map((file): [string, string] => [
    file.path,
    [...pick(file, ['verdict', 'title', 'summary', 'recommendation', 'nextSteps', 'note']), markdownProse(file.body)].join('\n'),
  ]),
  ...contentFiles('guide').map((file): [string, string] => [file.path, pick(file, ['question', 'hint', 'answers']).join('\n')]),
  // Every UI string, one per line, without its {placeholders} (the values are content or numbers).
  ['src/i18n/en.ts', Object.values(en).map((text) => text.replace(/\{\w+\}/g, '')).join('\n')],
];

describe(`every page reads at grade ${MAX_GRADE} or below`, () => {
  test.each(pages)('%s', (_path, text) => {
    const { grade, words } = readingGrade(text);
    expect(words).toBeGreaterThan(0);
    expect(grade).toBeLessThanOrEqual(MAX_GRADE);
  });
});

test('the grade formula tells plain words from heavy ones', () => {
  expect(readingGrade('We read it. You send it. They say no.').grade).toBeLessThan(2);
  expect(
    readingGrade('Organisational considerations necessitated reconsideration of the application, notwithstanding its considerable qualifications.').grade,
  ).toBeGreaterThan(12);
});
