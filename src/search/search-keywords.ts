import { holdsEveryTerm, type WordReader } from '../words/reader-words';

/**
 * The words readers type for a page travel to search as one line of text (the page's
 * `keywords`), each keyword apart from the next by this separator, which keywords never hold.
 */
export const KEYWORD_SEPARATOR = ', ';

/**
 * Pages hand search words they don't show (SearchKeywords.astro) in an element with an id that
 * starts so: Pagefind lists it among the page's anchors, which says where those words sit in the
 * indexed text, and the excerpts shown are taken from around them (visible-excerpt.ts).
 */
const UNSHOWN_WORDS_ID_PREFIX = 'search-words-';
export const unshownWordsId = (kind: string): string => `${UNSHOWN_WORDS_ID_PREFIX}${kind}`;
export const isUnshownWordsId = (id: string): boolean => id.startsWith(UNSHOWN_WORDS_ID_PREFIX);

/** The keywords in a page's `keywords` line (none for a page without any). */
export function keywordsOf(line: string | undefined): string[] {
  return (line ?? '').split(KEYWORD_SEPARATOR.trim()).map((keyword) => keyword.trim()).filter(Boolean);
}

/**
 * Of the results shown, those with one keyword that holds every telling word of the query ("no
 * reply", "keep on file", or words that mean the same, as the reader reads them) come first, in
 * Pagefind's order among themselves; the rest follow in its order. Pagefind scores each word on
 * its own, so a page that says "no" here and "replied" there can outrank the advice whose
 * keywords are what the reader typed.
 */
export function readerWordsFirst<T extends { meta: { keywords?: string } }>(results: readonly T[], query: string, reader: WordReader): T[] {
  const wanted = reader.terms(query);
  const carries = (result: T) => wanted.length > 0 && keywordsOf(result.meta.keywords).some((keyword) => holdsEveryTerm(wanted, [reader.terms(keyword)]));
  return [...results.filter(carries), ...results.filter((result) => !carries(result))];
}
