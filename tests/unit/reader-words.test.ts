import { describe, expect, test } from 'vitest';
import { foldedWords, holdsEveryTerm, makeReader, type Lexicon } from '../../src/words/reader-words';
import { KEYWORD_SEPARATOR, keywordsOf, readerWordsFirst } from '../../src/search/search-keywords';
import { contentFile } from '../support/content-files';

/** The editor's lists as content has them, and a small hand-made one where a test needs its own words. */
const site = makeReader(contentFile('words', 'reader-words').data as unknown as Lexicon);
const small = makeReader({ ignore: ['i', 'the', 'after', 'they', 'me'], synonyms: [['ghosted', 'heard nothing', 'no reply'], ['final round', 'final interview']] });
const termsOf = (text: string, reader = small) => reader.terms(text).map(({ term }) => term);

describe('a reader’s words', () => {
  test('are lower case, without accents or punctuation, in any script; hyphens join, contractions spell out “not”', () => {
    expect(foldedWords('  Café — “Over-Qualified”? ')).toEqual(['cafe', 'overqualified']);
    expect(foldedWords('I haven’t chased, they won’t say, I can’t go')).toEqual(['i', 'have', 'not', 'chased', 'they', 'will', 'not', 'say', 'i', 'can', 'not', 'go']);
    expect(foldedWords('مرحبا بكم')).toEqual(['مرحبا', 'بكم']);
    expect(foldedWords('(*[ 🙂')).toEqual([]);
  });

  test('come down to their stems, leaving out the words that carry nothing', () => {
    expect(termsOf('Interviewed after the interviews')).toEqual(['interview', 'interview']);
    expect(termsOf('ghosting')).toEqual(termsOf('ghosted'));
    expect(termsOf('I')).toEqual([]);
  });

  test('read a phrase that means the same as another as one term, the longest phrase first', () => {
    expect(termsOf('they ghosted me after the final interview')).toEqual(termsOf('heard nothing after final round'));
    expect(termsOf('No reply')).toHaveLength(1);
    expect(small.terms('heard nothing')[0]).toMatchObject({ weight: 2, raw: 'heard nothing' });
  });

  test('know the site’s synonyms: ghosted, CV, rang and rescinded among them', () => {
    expect(termsOf('ghosted', site)).toEqual(termsOf('radio silence', site));
    expect(termsOf('my CV', site)).toEqual(termsOf('my résumé', site));
    expect(termsOf('rang me', site)).toEqual(termsOf('called me', site));
    expect(termsOf('rescinded', site)).toEqual(termsOf('took back', site));
    expect(termsOf('over qualified', site)).toEqual(termsOf('over-qualified', site));
    expect(termsOf('the offer was pulled', site)).toEqual(termsOf('offer withdrawn', site));
    expect(termsOf('they phoned', site)).toEqual(termsOf('they rang', site));
    expect(termsOf('ghosted after the last round', site)).toEqual(termsOf('heard nothing after the final interview', site));
  });

  test('read “Microsoft Teams” and “a Teams chat” as one chat app', () => {
    expect(termsOf('on Microsoft Teams', site)).toEqual(termsOf('a Teams chat', site));
  });

  test('a text holds a query when it has every term, a “not” kept with its word', () => {
    const texts = (...lines: string[]) => lines.map((line) => small.terms(line));
    expect(holdsEveryTerm(small.terms('ghosted final interview'), texts('no reply', 'the final round'))).toBe(true);
    expect(holdsEveryTerm(small.terms('ghosted final interview'), texts('no reply'))).toBe(false);
    expect(holdsEveryTerm(small.terms('not followed up'), texts('not followed up'))).toBe(true);
    expect(holdsEveryTerm(small.terms('not followed up'), texts('followed up', 'they have not answered'))).toBe(false);
    // The last word, still being typed, may be the start of one.
    expect(holdsEveryTerm(small.terms('intern'), texts('a summer internship'), true)).toBe(true);
    expect(holdsEveryTerm(small.terms('intern'), texts('a summer internship'), false)).toBe(false);
  });

  test('travel to search as one line and come back as the same keywords', () => {
    expect(keywordsOf(['no reply', 'still waiting', 'ghosted'].join(KEYWORD_SEPARATOR))).toEqual(['no reply', 'still waiting', 'ghosted']);
    expect(keywordsOf(' no reply ,still waiting ')).toEqual(['no reply', 'still waiting']);
    expect(keywordsOf(undefined)).toEqual([]);
    expect(keywordsOf('')).toEqual([]);
  });
});

describe('search results', () => {
  const result = (url: string, keywords?: string[]) => ({ url, meta: keywords ? { keywords: keywords.join(KEYWORD_SEPARATOR) } : {} });
  const urls = (results: { url: string }[]) => results.map(({ url }) => url);

  test('put the pages whose readers’ words hold the query as one phrase first, keeping each group in order', () => {
    const results = [
      result('/says-no-and-replied/', ['not filling the role', 'replied late']),
      result('/silence/', ['radio silence', 'ghosted']),
      result('/article/'),
      result('/chased/', ['heard nothing since I chased']),
    ];
    expect(urls(readerWordsFirst(results, 'No reply', small))).toEqual(['/silence/', '/chased/', '/says-no-and-replied/', '/article/']);
  });

  test('leave the order alone when no page carries the phrase, or nothing is typed', () => {
    const results = [result('/a/', ['ghosted']), result('/b/'), result('/c/', ['keep on file'])];
    expect(urls(readerWordsFirst(results, 'interview', small))).toEqual(['/a/', '/b/', '/c/']);
    expect(urls(readerWordsFirst(results, '  ', small))).toEqual(['/a/', '/b/', '/c/']);
  });
});
