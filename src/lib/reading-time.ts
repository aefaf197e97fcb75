import { markdownProse } from './markdown-prose';

/** Adult silent reading of non-fiction averages roughly 200–240 words a minute. */
const WORDS_PER_MINUTE = 220;

/** Minutes to read a Markdown/MDX body, counting words of prose only (no syntax, no URLs). */
export function readingMinutes(markdown: string): number {
  const words = markdownProse(markdown).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
