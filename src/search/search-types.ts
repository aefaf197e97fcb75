/**
 * What kinds of page the search index knows. Pages declare theirs with data-pagefind-filter,
 * and the search panel offers them as a filter (hiding kinds that have no pages yet).
 */
export const SEARCH_TYPES = [
  { id: 'article', label: 'Article', one: 'Article' },
  { id: 'question', label: 'Questions', one: 'Reader question' },
  { id: 'template', label: 'Message templates', one: 'Message template' },
  { id: 'move-on', label: 'Move-on advice', one: 'Move-on advice' },
  { id: 'guide-step', label: 'Guide questions', one: 'Guide question' },
] as const;

export type SearchTypeId = (typeof SEARCH_TYPES)[number]['id'];
