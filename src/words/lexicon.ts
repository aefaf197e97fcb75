import { getEntry } from 'astro:content';
import type { Lexicon } from './reader-words';

/** The editor's word lists, for the pages and data files that hand them to the browser. */
export async function getLexicon(): Promise<Lexicon> {
  const entry = await getEntry('words', 'reader-words');
  if (!entry) throw new Error('content/words/reader-words.md is missing: the guide’s box, search and the counsellors’ filter read their word lists from it.');
  return entry.data;
}
