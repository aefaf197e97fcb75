import { NEGATIONS, type WordReader } from '../words/reader-words';
import type { PagefindApi, PagefindResult } from './pagefind-client';

/**
 * When no page holds every word of a query ("ghosted after final interview"), the pages that hold
 * the most of its telling words, each searched on its own (a phrase that means one thing, such as
 * "final interview", stays whole; "after", "the" and "not" are left out) and by its synonym group's
 * first phrase ("revoked" is looked for as "rescinded" too): most words first, then Pagefind's
 * scores added up. Empty for a query of one telling word without another name, whose answer was
 * Pagefind's.
 */
export async function closestMatches(api: PagefindApi, query: string, reader: WordReader, filters: Record<string, string>): Promise<PagefindResult[]> {
  const terms = new Map<string, Set<string>>();
  for (const { term, raw, name } of reader.terms(query)) {
    if (NEGATIONS.has(term)) continue;
    terms.set(term, new Set([...(terms.get(term) ?? []), raw, ...(name ? [name] : [])]));
  }
  const searched = [...terms.values()];
  if (searched.length < 2 && searched.every((texts) => texts.size < 2)) return [];
  const searches = await Promise.all(searched.map((texts) => Promise.all([...texts].map((text) => api.search(text, { filters })))));
  const pages = new Map<string, { result: PagefindResult; words: number; score: number }>();
  for (const ofTerm of searches) {
    // A page counts once for each of the reader's terms, by whichever of its names it holds best.
    const best = new Map<string, PagefindResult>();
    for (const { results } of ofTerm) {
      for (const result of results) if (result.score > (best.get(result.id)?.score ?? -1)) best.set(result.id, result);
    }
    for (const result of best.values()) {
      const page = pages.get(result.id) ?? { result, words: 0, score: 0 };
      page.words++;
      page.score += result.score;
      pages.set(result.id, page);
    }
  }
  return [...pages.values()].sort((a, b) => b.words - a.words || b.score - a.score).map(({ result }) => result);
}
