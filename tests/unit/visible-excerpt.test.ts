import { expect, test } from 'vitest';
import type { ExcerptPart } from '../../src/search/excerpt';
import { unshownWordsId } from '../../src/search/search-keywords';
import { hasUnshownWords, pageExcerpt, sectionExcerpt, type ExcerptSource } from '../../src/search/visible-excerpt';

// A page as Pagefind indexes it: its words in order (positions count from 0), its headings and
// the element holding the readers' phrases it keeps unseen, by where they start.
//  0 Stop chasing now.            (h1, 3 words)
//  3 Take the silence as a no and apply elsewhere.
// 12 What next.                   (h2 #next, 2 words)
// 14 Send one new application this week.
// 20 ghosted, no reply, radio silence.   (unseen phrases, 5 words: 20–24)
const content = [
  'Stop chasing now.',
  'Take the silence as a no and apply elsewhere.',
  'What next.',
  'Send one new application this week.',
  'ghosted, no reply, radio silence.',
].join(' ');
const anchors = [
  { element: 'h1', id: 'guide-heading', text: 'Stop chasing now', location: 0 },
  { element: 'h2', id: 'next', text: 'What next', location: 12 },
  { element: 'p', id: unshownWordsId('advice'), text: 'ghosted, no reply, radio silence', location: 20 },
];
const page = (...matches: number[]): ExcerptSource => ({
  content,
  anchors,
  weighted_locations: matches.map((location) => ({ location, balanced_score: 10 })),
});
const text = (parts: ExcerptPart[] | undefined) => parts?.map((part) => part.text).join('');
const marked = (parts: ExcerptPart[] | undefined) => parts?.filter((part) => part.highlighted).map((part) => part.text);

test('knows a page by the unseen phrases it holds', () => {
  expect(hasUnshownWords(page())).toBe(true);
  expect(hasUnshownWords({ ...page(), anchors: anchors.slice(0, 2) })).toBe(false);
});

test('quotes the words a page shows around a match, with the match marked', () => {
  // "silence" is at 5 (shown) and 24 (unseen, weighing as much): the excerpt goes to the one shown.
  const excerpt = pageExcerpt(page(5, 24), 4);
  expect(marked(excerpt)).toEqual(['silence']);
  expect(text(excerpt)).toContain('silence');
  expect(text(excerpt)).not.toMatch(/radio|ghosted/);
});

test('leaves the unseen phrases out even when an excerpt runs past them', () => {
  // The last shown word is at 19: ten words around it would reach into the unseen phrases, so
  // the excerpt is the last ten the page shows.
  expect(text(pageExcerpt(page(19), 10))).toBe('apply elsewhere. What next. Send one new application this week.');
});

test('goes where the matches are densest', () => {
  // Two matches close together (14, 16) outweigh one alone (3).
  const excerpt = pageExcerpt(page(3, 14, 16), 3);
  expect(marked(excerpt)).toEqual(['Send', 'new']);
});

test('opens with what the page is about when only its unseen phrases matched', () => {
  const excerpt = pageExcerpt(page(20, 22), 5);
  expect(text(excerpt)).toBe('Take the silence as a');
  expect(marked(excerpt)).toEqual([]);
});

test('quotes a section from its own words, and skips a section the reader’s words only reach unseen', () => {
  expect(text(sectionExcerpt(page(15), 'next', 4))).toContain('one');
  expect(marked(sectionExcerpt(page(15), 'next', 4))).toEqual(['one']);
  // "no" matches at 8 (before the section) and 21 (unseen, inside it): nothing to show there.
  expect(sectionExcerpt(page(8, 21), 'next', 4)).toBeUndefined();
  expect(sectionExcerpt(page(15), 'no-such-heading', 4)).toBeUndefined();
});

test('a short page is quoted whole, less its unseen phrases', () => {
  const short: ExcerptSource = {
    content: 'Move on. ghosted',
    anchors: [{ element: 'p', id: unshownWordsId('situation'), text: 'ghosted', location: 2 }],
    weighted_locations: [{ location: 0, balanced_score: 1 }],
  };
  expect(pageExcerpt(short, 22)).toEqual([
    { text: 'Move', highlighted: true },
    { text: ' on.', highlighted: false },
  ]);
});
