import { foldedWords, holdsEveryTerm, makeReader, type Lexicon, type Term } from './reader-words';

/** Whether some texts (a route's labels and keywords) answer what a reader typed. */
export interface PhraseMatcher {
  matches(query: string, texts: readonly string[]): boolean;
}

/**
 * The counsellors' filter's matcher, with the editor's word lists: every telling word typed is in
 * one of the texts, as a word form or a synonym (see holdsEveryTerm). Words that carry nothing
 * ("the") match everything, as an empty box does; typing with no letters or digits ("(*[") matches
 * nothing. Each text is read once.
 */
export function makeMatcher(lexicon: Lexicon): PhraseMatcher {
  const reader = makeReader(lexicon);
  const read = new Map<string, Term[]>();
  const terms = (text: string) => {
    let found = read.get(text);
    if (!found) read.set(text, (found = reader.terms(text)));
    return found;
  };
  return {
    matches(query, texts) {
      const wanted = reader.terms(query);
      if (!wanted.length) return foldedWords(query).length > 0;
      return holdsEveryTerm(wanted, texts.map(terms), !/\s$/.test(query));
    },
  };
}
