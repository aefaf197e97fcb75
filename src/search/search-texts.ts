import type { PluralForms } from '../i18n/format';
import type { SearchTypeId } from './search-types';

/**
 * What the search panel says (its status line and each result's kind). Search sits in a dialog on
 * every page, and these words would add to every page's first-render bytes (14 KB budget), so the
 * build writes them once, from src/i18n, to this file (src/pages/search/texts.json.ts), and the
 * search code fetches it with Pagefind when the reader opens search.
 */
export const SEARCH_TEXTS_URL = '/search/texts.json';

export interface SearchTexts {
  empty: string;
  loading: string;
  unavailable: string;
  failed: string;
  /** {term} */
  none: string;
  /** {term}, when a kind of page is picked */
  noneOfType: string;
  /** {count}, {term} */
  found: PluralForms;
  /** {count}, {term}, {shown} */
  foundMore: string;
  /** {term}: no page holds every word; the pages that hold the most follow */
  closest: string;
  /** The link to the guide offered when nothing matches */
  tryGuide: string;
  /** The kind of the guide's suggestion among the results */
  guide: string;
  /** One result's kind, by search type */
  types: Record<SearchTypeId, string>;
}

let loading: Promise<SearchTexts> | undefined;

/** Fetches the search panel's words once; every panel shares them. */
export function loadSearchTexts(): Promise<SearchTexts> {
  loading ??= fetch(SEARCH_TEXTS_URL).then((response) => {
    if (!response.ok) throw new Error(`${SEARCH_TEXTS_URL}: ${response.status}`);
    return response.json() as Promise<SearchTexts>;
  });
  loading.catch(() => (loading = undefined));
  return loading;
}
