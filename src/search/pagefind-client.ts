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
  score: number;
  data(): Promise<PagefindResultData>;
}
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
  debouncedSearch(
    term: string,
    options?: { filters?: Record<string, string> },
    debounceMs?: number,
  ): Promise<{ results: PagefindResult[] } | null>;
}

/** Thrown when the site has no search index (for example under `astro dev`). */
export class SearchUnavailableError extends Error {}

/**
 * Why Pagefind's script did not load: the site has none (it answers 404: a development build), or
 * the network failed (offline, a dropped connection, a server error), which a later try may fix.
 */
async function missingOrFailed(url: string): Promise<Error> {
  try {
    const response = await fetch(url, { method: 'HEAD', cache: 'no-store' });
    if (response.status === 404) return new SearchUnavailableError('The search index is missing.');
  } catch {
    // No answer at all: the network.
  }
  return new Error('Search could not load.');
}

/** Words in an excerpt, for Pagefind's and for the panel's own (visible-excerpt.ts). */
export const EXCERPT_WORDS = 22;

let loading: Promise<PagefindApi> | undefined;
let attempts = 0;

/**
 * Pagefind never settles some failures (its index's metadata not arriving leaves init() pending for
 * ever), so waiting has a limit: past it, search says it could not load instead of "Loading…".
 */
const PAGEFIND_TIMEOUT_MS = 10_000;

export function withinTime<T>(promise: Promise<T>, ms = PAGEFIND_TIMEOUT_MS): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('Search took too long.')), ms))]);
}

/**
 * Loads Pagefind once, on first use; every search panel shares it. After a failure (`forgetPagefind`)
 * the next call loads a fresh copy: one whose index failed to arrive half-way keeps failing.
 */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    let api: PagefindApi;
    try {
      // A new address makes a new module, with its own state (the browser keeps the first one).
      api = (await import(/* @vite-ignore */ attempts++ ? `${url}?attempt=${attempts}` : url)) as PagefindApi;
    } catch {
      throw await missingOrFailed(url);
    }
    // The page title gets no extra boost (its words still count, as the heading), so the words
    // readers type (content keywords, weighted in the page) decide which advice comes first:
    // "no reply" finds the silence outcomes, not every page titled "Reply to …".
    await api.options({ excerptLength: EXCERPT_WORDS, ranking: { metaWeights: { title: 0 } } });
    await withinTime(api.init());
    return api;
  })();
  loading.catch(forgetPagefind);
  return loading;
}

/**
 * Whether a search that found nothing may have found nothing because the index did not arrive:
 * Pagefind treats a part of its index that fails to load as empty. A part that answered with an
 * error since `since` (the site was redeployed and its index renamed), or no answer from the
 * server now (offline), means it may have.
 */
export async function indexFailedSince(since: number): Promise<boolean> {
  const answeredWithError = performance
    .getEntriesByType('resource')
    .some((entry) => entry.startTime >= since && entry.name.includes('/pagefind/') && ((entry as PerformanceResourceTiming).responseStatus ?? 0) >= 400);
  if (answeredWithError) return true;
  try {
    return !(await fetch('/pagefind/pagefind-entry.json', { method: 'HEAD', cache: 'no-store' })).ok;
  } catch {
    return true;
  }
}

/** Pagefind failed (to load, or part of its index did): the next search loads it afresh. */
export function forgetPagefind(): void {
  loading = undefined;
}
