/** Adult silent reading of non-fiction averages roughly 200–240 words a minute. */
const WORDS_PER_MINUTE = 220;

/** Minutes to read a Markdown/MDX body, counting words of prose only (no syntax, no URLs). */
export function readingMinutes(markdown: string): number {
  const prose = markdown
    .replace(/^---[\s\S]*?---/, ' ') // front matter
    .replace(/\]\([^)]*\)/g, ']') // link targets
    .replace(/<[^>]+>/g, ' ') // tags
    .replace(/[#>*_`~[\]|-]/g, ' ');
  const words = prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
