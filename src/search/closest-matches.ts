import { NEGATIONS, type WordReader } from '../words/reader-words';
import type { PagefindApi, PagefindResult } from './pagefind-client';

/**
 * When no page holds every word of a query ("ghosted after final interview"), the pages that hold
 * the most of its telling words, each searched on its own (a phrase that means one thing, such as
 * "final interview", stays whole; "after", "the" and "not" are left out): most words first, then
 * Pagefind's scores added up. Empty for a query of one telling word, whose answer was Pagefind's.
 */
export async function closestMatches(api: PagefindApi, query: string, reader: WordReader, filters: Record<string, string>): Promise<PagefindResult[]> {
  const words = [...new Set(reader.terms(query).filter(({ term }) => !NEGATIONS.has(term)).map(({ raw }) => raw))];
  if (words.length < 2) return [];
  const searches = await Promise.all(words.map((word) => api.search(word, { filters })));
  const pages = new Map<string, { result: PagefindResult; words: number; score: number }>();
  for (const { results } of searches) {
    for (const result of results) {
      const page = pages.get(result.id) ?? { result, words: 0, score: 0 };
      page.words++;
      page.score += result.score;
      pages.set(result.id, page);
    }
  }
  return [...pages.values()].sort((a, b) => b.words - a.words || b.score - a.score).map(({ result }) => result);
}
