/**
 * How a reader's typing is matched against the words readers use for a page (its keywords):
 * one rule for the counsellors' filter and for search's "your own words first".
 */

/**
 * The longest phrase a reader can type into search or the counsellors' filter: a sentence, not a
 * paste. As long as a detail in the composer (MAX_FIELD_LENGTH), so the search box's maxlength
 * costs a template page almost nothing after gzip (some sit a few bytes under their budget).
 */
export const MAX_QUERY_LENGTH = 200;

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
