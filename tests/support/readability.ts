import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/**
 * Flesch–Kincaid grade level of plain text (wooorm's maintained formula and syllable counter).
 * A sentence ends at ., ! or ? before a space, or at a line end, so headings, list items and
 * labels count as sentences of their own, as a reader meets them.
 */
export function readingGrade(text: string): { grade: number; words: number; sentences: number } {
  const sentences = text.split(/(?<=[.!?…])\s+|\n+/).filter((sentence) => /[\p{L}\p{N}]/u.test(sentence)).length;
  const words = text.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu) ?? [];
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  if (!words.length) return { grade: 0, words: 0, sentences: 0 };
  return { grade: fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables }), words: words.length, sentences };
}
