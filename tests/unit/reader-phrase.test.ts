import { describe, expect, test } from 'vitest';
import { compactText, holdsEveryWord, phraseInKeywords, wordsOf } from '../../src/lib/reader-phrase';
import { KEYWORD_SEPARATOR, keywordsOf, readerWordsFirst } from '../../src/search/search-keywords';

describe('a reader’s words', () => {
  test('are lower case, without accents or punctuation, in any script', () => {
    expect(wordsOf('  Café — “Over-Qualified”? ')).toEqual(['cafe', 'over', 'qualified']);
    expect(wordsOf('مرحبا بكم')).toEqual(['مرحبا', 'بكم']);
    expect(wordsOf('(*[ 🙂')).toEqual([]);
  });

  test('match across hyphens and spaces', () => {
    expect(compactText('over-qualified')).toBe(compactText('overqualified'));
    expect(holdsEveryWord(['overqualified'], 'Too over-qualified')).toBe(true);
    expect(holdsEveryWord(['heard', 'nothing'], 'I have heard nothing')).toBe(true);
    expect(holdsEveryWord(['heard', 'back'], 'I have heard nothing')).toBe(false);
  });

  test('make a phrase when one keyword holds every word typed, not two between them', () => {
    const keywords = ['no reply', 'still waiting'];
    expect(phraseInKeywords(['no', 'reply'], keywords)).toBe(true);
    expect(phraseInKeywords(['reply'], keywords)).toBe(true);
    expect(phraseInKeywords(['reply', 'waiting'], keywords)).toBe(false);
    expect(phraseInKeywords([], keywords)).toBe(false);
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
      result('/silence/', ['ghosted', 'no reply']),
      result('/article/'),
      result('/chased/', ['followed up no reply']),
    ];
    expect(urls(readerWordsFirst(results, 'No reply'))).toEqual(['/silence/', '/chased/', '/says-no-and-replied/', '/article/']);
  });

  test('leave the order alone when no page carries the phrase, or nothing is typed', () => {
    const results = [result('/a/', ['ghosted']), result('/b/'), result('/c/', ['keep on file'])];
    expect(urls(readerWordsFirst(results, 'interview'))).toEqual(['/a/', '/b/', '/c/']);
    expect(urls(readerWordsFirst(results, '  '))).toEqual(['/a/', '/b/', '/c/']);
  });
});
