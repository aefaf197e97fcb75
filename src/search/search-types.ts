import type { PlainUiKey } from '../i18n';

/**
 * What kinds of page the search index knows. Pages declare theirs with data-pagefind-filter,
 * and the search panel offers them as a filter (hiding kinds that have no pages yet). `label`
 * names the filter, `one` the kind of a single result; both are keys of src/i18n (the same key
 * where the words are the same).
 */
export const SEARCH_TYPES = [
  { id: 'article', label: 'search.type.article', one: 'search.type.article' },
  { id: 'question', label: 'search.type.question', one: 'search.resultType.question' },
  { id: 'template', label: 'search.type.template', one: 'search.resultType.template' },
  { id: 'move-on', label: 'search.type.move-on', one: 'search.type.move-on' },
] as const satisfies readonly { id: string; label: PlainUiKey; one: PlainUiKey }[];

export type SearchTypeId = (typeof SEARCH_TYPES)[number]['id'];
