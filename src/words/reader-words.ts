import { stemmer } from 'stemmer';

/**
 * The one way the site reads a reader's words: the "what happened?" box, search and the
 * counsellors' filter all turn text into terms here. A term is a word's stem (ghosted, ghosting →
 * ghost), or one name for a whole phrase that means the same as others (heard nothing = no reply
 * = ghosted); words that carry nothing (I, the, after…) are left out. Which words are which is
 * content (content/words/), so an editor can teach the site a new phrase without touching code.
 */

/**
 * The longest phrase a reader can type into search, the filter or the box: a sentence, not a
 * paste. As long as a detail in the composer (MAX_FIELD_LENGTH).
 */
export const MAX_QUERY_LENGTH = 200;

/** The editor's word lists (content/words/reader-words.md). */
export interface Lexicon {
  /** Words that carry nothing on their own: pronouns, articles, most prepositions. */
  ignore: string[];
  /** Groups of words and phrases that mean the same to a reader; each group is one term. */
  synonyms: string[][];
}

/** One term of a text, where it starts among the text's kept words, and how many words it stands for. */
export interface Term {
  term: string;
  /** The words as typed (folded), so that a half-typed word can match its start. */
  raw: string;
  /** How many of the reader's words it stands for: a phrase says more than a word. */
  weight: number;
  /** Where its first word is among all the text's words, ignored ones included. */
  first: number;
  /** For a phrase of a synonym group, the group's first phrase (folded): what search also looks for. */
  name?: string;
}

/** Words that turn the meaning of the next one round ("haven't chased", "never spoke"). */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'without']);

/**
 * Lower-case words without accents or punctuation, in any script. Contractions are spelt out
 * ("haven't" → "have not"), so that a negation is a word; a hyphen joins ("over-qualified" →
 * "overqualified"), as readers write such words either way.
 */
export function foldedWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\bcan'?t\b/g, 'can not')
    .replace(/\bwon'?t\b/g, 'will not')
    .replace(/n't\b/g, ' not')
    .replace(/(\p{L})[-‐‑](?=\p{L})/gu, '$1')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A word's stem, for English words; other scripts are kept as they are. */
const stemOf = (word: string): string => (/^[a-z]+$/.test(word) ? stemmer(word) : word);

export interface WordReader {
  /** The text's terms, in order. */
  terms(text: string): Term[];
}

/** Makes the reader for an editor's word lists (built once per page that needs it). */
export function makeReader(lexicon: Lexicon): WordReader {
  const ignored = new Set(lexicon.ignore.flatMap(foldedWords).flatMap((word) => [word, stemOf(word)]));
  const kept = (text: string) =>
    foldedWords(text)
      .map((word, first) => ({ raw: word, stem: stemOf(word), first }))
      .filter((word) => !ignored.has(word.raw) && !ignored.has(word.stem));
  // Each phrase of a group, as stems, named by the group's first phrase; longest first, so
  // "heard nothing back" is taken before "heard nothing".
  const phrases = lexicon.synonyms
    .flatMap((group) => {
      const first = kept(group[0] ?? '');
      const name = first.map((word) => word.stem).join(' ');
      const text = first.map((word) => word.raw).join(' ');
      return group.map((phrase) => ({ stems: kept(phrase).map((word) => word.stem), name, text }));
    })
    // A phrase that comes down to "not" alone ("not got back") would swallow every negation.
    .filter((phrase) => phrase.stems.some((stem) => !NEGATIONS.has(stem)) && phrase.name !== '')
    .sort((a, b) => b.stems.length - a.stems.length);

  return {
    terms(text) {
      const words = kept(text);
      const terms: Term[] = [];
      for (let at = 0; at < words.length; ) {
        const phrase = phrases.find((candidate) => candidate.stems.every((stem, offset) => words[at + offset]?.stem === stem));
        const length = phrase?.stems.length ?? 1;
        const raw = words.slice(at, at + length).map((word) => word.raw).join(' ');
        terms.push({ term: phrase?.name ?? words[at]!.stem, raw, weight: length, first: words[at]!.first, ...(phrase ? { name: phrase.text } : {}) });
        at += length;
      }
      return terms;
    },
  };
}

/**
 * Whether texts (a page's labels, a route's keywords…) hold every term of a query: the filter's
 * and search's test. Each term may be in a different text, but a "not" or "never" stays with the
 * word after it ("not followed up" needs "not followed up", never "followed up" beside "haven't
 * answered"). The query's last word, still being typed, may be the start of a word ("intern" →
 * internship).
 */
export function holdsEveryTerm(query: readonly Term[], texts: readonly (readonly Term[])[], lastIsPartial = false): boolean {
  const startsWith = (wanted: Term, candidate: Term) => wanted.raw.length >= 3 && candidate.raw.split(' ').some((word) => word.startsWith(wanted.raw));
  const matches = (wanted: Term, candidate: Term | undefined, index: number) =>
    !!candidate && (candidate.term === wanted.term || (lastIsPartial && index === query.length - 1 && startsWith(wanted, candidate)));
  for (let index = 0; index < query.length; index++) {
    const wanted = query[index]!;
    const negated = NEGATIONS.has(wanted.term) && index + 1 < query.length;
    const found = texts.some((text) =>
      text.some((candidate, at) => matches(wanted, candidate, index) && (!negated || matches(query[index + 1]!, text[at + 1], index + 1))),
    );
    if (!found) return false;
    if (negated) index++;
  }
  return true;
}
