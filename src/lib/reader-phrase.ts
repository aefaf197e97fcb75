/**
 * How a reader's typing is matched against the words readers use for a page (its keywords):
 * one rule for the counsellors' filter and for search's "your own words first".
 */

/** Lower-case words without accents or punctuation, in any script. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Text as one run of letters, so "over-qualified" and "overqualified" match each other. */
export function compactText(text: string): string {
  return wordsOf(text).join('');
}

/** Whether a text holds every word typed, each as a run of its letters. */
export function holdsEveryWord(wanted: string[], text: string): boolean {
  const letters = compactText(text);
  return wanted.every((word) => letters.includes(word));
}

/** A reader's phrase ("heard nothing", "keep on file") matches when one keyword holds every word typed. */
export function phraseInKeywords(wanted: string[], keywords: readonly string[]): boolean {
  return wanted.length > 0 && keywords.some((keyword) => holdsEveryWord(wanted, keyword));
}
