import { describe, expect, test } from 'vitest';
import { closestMatches } from '../../src/search/closest-matches';
import type { PagefindApi, PagefindResult } from '../../src/search/pagefind-client';
import { makeReader } from '../../src/words/reader-words';

/** A tiny index: each page and the words it holds, as Pagefind would find them (one word per search). */
const PAGES: Record<string, string[]> = {
  'offer-withdrawn': ['offer', 'rescinded', 'start'],
  'final-round': ['final', 'round', 'interview'],
  'no-reply': ['ghosted', 'interview'],
  article: ['offer', 'interview', 'feedback'],
};
const searched: string[] = [];
const api = {
  search: async (term: string) => {
    searched.push(term);
    const words = term.split(' ');
    const results = Object.entries(PAGES)
      .filter(([, held]) => words.every((word) => held.includes(word)))
      .map(([id]): PagefindResult => ({ id, score: 1, data: async () => ({}) as never }));
    return { results };
  },
} as unknown as PagefindApi;
const reader = makeReader({ ignore: ['my', 'was', 'after', 'the'], synonyms: [['rescinded', 'revoked', 'pulled'], ['ghosted', 'heard nothing'], ['final round', 'final interview']] });
const ids = async (query: string) => (await closestMatches(api, query, reader, {})).map(({ id }) => id);

describe('closest matches, when no page holds every word', () => {
  test('the pages with the most of the telling words come first', async () => {
    expect(await ids('ghosted after the final interview')).toEqual(['no-reply', 'final-round']);
  });

  test('a word no page holds is looked for by its synonym group’s first phrase, counted once', async () => {
    expect(await ids('my offer was revoked')).toEqual(['offer-withdrawn', 'article']);
    expect(await ids('revoked')).toEqual(['offer-withdrawn']);
    expect(await ids('offer pulled revoked')).toEqual(['offer-withdrawn', 'article']);
  });

  test('one telling word with no other name is left to Pagefind', async () => {
    searched.length = 0;
    expect(await ids('the offer')).toEqual([]);
    expect(searched).toEqual([]);
  });
});
