import type { ExcerptPart } from './excerpt';
import { isUnshownWordsId } from './search-keywords';

/** A word Pagefind matched: its position in the page's indexed text, and how much it counts. */
export interface WordMatch {
  location: number;
  balanced_score: number;
}

/** An element with an id in the indexed text: a heading, or a page's unshown words. */
export interface IndexedAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** What Pagefind gives for a result that the excerpts below are built from. */
export interface ExcerptSource {
  content: string;
  weighted_locations: WordMatch[];
  anchors: IndexedAnchor[];
}

/** The positions from..to (not included) of the page's indexed words. */
interface WordRange {
  from: number;
  to: number;
}

// Pagefind's own word separator, so that word positions mean the same here as in its index.
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

const indexedWords = (text: string) => text.split(WORD_SEPARATORS).filter(Boolean);
const isHeading = (anchor: IndexedAnchor) => /^h\d$/i.test(anchor.element);

/** Where the page's unshown words (the readers' phrases given to search) sit. */
function unshownRanges(source: ExcerptSource): WordRange[] {
  return source.anchors
    .filter((anchor) => isUnshownWordsId(anchor.id))
    .map((anchor) => ({ from: anchor.location, to: anchor.location + indexedWords(anchor.text).length }));
}

/** Where the run of `length` words with the most match weight starts (like Pagefind: the middle of a tie). */
function densestStart(scores: number[], length: number): number {
  if (scores.length <= length) return 0;
  let sum = scores.slice(0, length).reduce((total, score) => total + score, 0);
  let best = sum;
  let bestAt = [0];
  for (let start = 1; start + length <= scores.length; start++) {
    sum += scores[start + length - 1]! - scores[start - 1]!;
    if (sum > best) {
      best = sum;
      bestAt = [start];
    } else if (sum === best && bestAt.at(-1) === start - 1) {
      bestAt.push(start);
    }
  }
  return bestAt[Math.floor(bestAt.length / 2)]!;
}

/** Words as excerpt parts, matched words highlighted, the spaces between them plain. */
function toParts(words: { text: string; matched: boolean }[]): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, highlighted: boolean) => {
    const last = parts.at(-1);
    if (last && !last.highlighted && !highlighted) last.text += text;
    else parts.push({ text, highlighted });
  };
  words.forEach((word, index) => {
    if (index > 0) push(' ', false);
    push(word.text, word.matched);
  });
  return parts;
}

interface ShownWord {
  at: number;
  text: string;
}

/** The words within `range` that the page shows (its unshown phrases left out). */
function shownWords(source: ExcerptSource, range: WordRange): ShownWord[] {
  const words = source.content.split(WORD_SEPARATORS);
  const unshown = unshownRanges(source);
  const shown: ShownWord[] = [];
  for (let at = range.from; at < Math.min(range.to, words.length); at++) {
    const text = words[at];
    if (text && !unshown.some((hidden) => at >= hidden.from && at < hidden.to)) shown.push({ at, text });
  }
  return shown;
}

/**
 * An excerpt of `length` words from the words within `range` that the page shows, built around
 * the matches among them; undefined when every match there is in the unshown words. Pagefind's
 * own excerpt goes where the matches weigh most, which for a page found by a reader's phrase is
 * the hidden list of those phrases: an excerpt no page shows.
 */
function visibleExcerpt(source: ExcerptSource, range: WordRange, length: number): ExcerptPart[] | undefined {
  const shown = shownWords(source, range);
  const scores = new Map<number, number>();
  const showing = new Set(shown.map((word) => word.at));
  for (const match of source.weighted_locations) {
    if (showing.has(match.location)) scores.set(match.location, (scores.get(match.location) ?? 0) + match.balanced_score);
  }
  if (scores.size === 0) return undefined;
  const start = densestStart(shown.map((word) => scores.get(word.at) ?? 0), length);
  return toParts(shown.slice(start, start + length).map((word) => ({ text: word.text, matched: scores.has(word.at) })));
}

/** Whether the page hides words from its readers that search still finds it by. */
export function hasUnshownWords(source: ExcerptSource): boolean {
  return unshownRanges(source).length > 0;
}

/**
 * The excerpt for a page as a whole: around its visible matches, or, when the reader's words
 * only matched its unshown phrases, its opening words after the title (what the page is about).
 */
export function pageExcerpt(source: ExcerptSource, length: number): ExcerptPart[] {
  const whole = { from: 0, to: Number.POSITIVE_INFINITY };
  const around = visibleExcerpt(source, whole, length);
  if (around) return around;
  const title = source.anchors.find((anchor) => anchor.element.toLowerCase() === 'h1' && anchor.location === 0);
  const opening = shownWords(source, { ...whole, from: title ? indexedWords(title.text).length : 0 }).slice(0, length);
  return toParts(opening.map((word) => ({ text: word.text, matched: false })));
}

/**
 * The excerpt for the section under the heading with `id`: around the visible matches in it, or
 * undefined when it has none there (a link to that section would not be about the reader's words).
 */
export function sectionExcerpt(source: ExcerptSource, id: string, length: number): ExcerptPart[] | undefined {
  const headings = source.anchors.filter(isHeading).sort((a, b) => a.location - b.location);
  const at = headings.findIndex((heading) => heading.id === id);
  if (at === -1) return undefined;
  return visibleExcerpt(source, { from: headings[at]!.location, to: headings[at + 1]?.location ?? Number.POSITIVE_INFINITY }, length);
}
