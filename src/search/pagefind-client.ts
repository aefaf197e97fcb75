import type { ExcerptSource } from './visible-excerpt';

/** The slice of Pagefind's browser API that the search panel uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** The heading the section starts at (none for the page's opening, before any heading). */
  anchor?: { id: string };
}
export interface PagefindResultData extends ExcerptSource {
  url: string;
  excerpt: string;
  /** The page's title, and the words readers type for it (search-keywords.ts), where it has them. */
  meta: { title?: string; keywords?: string };
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(
    term: string,
    options?: { filters?: Record<string, string> },
    debounceMs?: number,
  ): Promise<{ results: PagefindResult[] } | null>;
}

/** Thrown when the site has no search index (for example under `astro dev`). */
export class SearchUnavailableError extends Error {}

/** Words in an excerpt, for Pagefind's and for the panel's own (visible-excerpt.ts). */
export const EXCERPT_WORDS = 22;

let loading: Promise<PagefindApi> | undefined;

/** Loads Pagefind once, on first use; every search panel shares it. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    let api: PagefindApi;
    try {
      api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    } catch {
      loading = undefined;
      throw new SearchUnavailableError('The search index is missing.');
    }
    // The page title gets no extra boost (its words still count, as the heading), so the words
    // readers type (content keywords, weighted in the page) decide which advice comes first:
    // "no reply" finds the silence outcomes, not every page titled "Reply to …".
    await api.options({ excerptLength: EXCERPT_WORDS, ranking: { metaWeights: { title: 0 } } });
    await api.init();
    return api;
  })();
  return loading;
}
