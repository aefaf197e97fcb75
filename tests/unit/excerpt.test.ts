import { expect, test } from 'vitest';
import { parseExcerpt } from '../../src/search/excerpt';

test('splits highlighted matches from plain text', () => {
  expect(parseExcerpt('ask for <mark>feedback</mark> once, then <mark>move</mark> on')).toEqual([
    { text: 'ask for ', highlighted: false },
    { text: 'feedback', highlighted: true },
    { text: ' once, then ', highlighted: false },
    { text: 'move', highlighted: true },
    { text: ' on', highlighted: false },
  ]);
});

test('decodes entities to text and drops any other markup', () => {
  expect(parseExcerpt('Fish &amp; chips &lt;b&gt; &#39;hi&#x27; <em>x</em>')).toEqual([
    { text: "Fish & chips <b> 'hi' x", highlighted: false },
  ]);
  expect(parseExcerpt('<mark>&lt;script&gt;</mark>')).toEqual([{ text: '<script>', highlighted: true }]);
});
