/** Characters as a reader counts them (and LinkedIn does): an emoji or accented letter is one. */
export function characterCount(text: string): number {
  return [...text].length;
}

/**
 * Where LinkedIn would cut a message at `limit` characters, as the reader can find it: the last
 * few words that still fit ("…what I will work on"). Undefined when the whole message fits.
 */
export function lastWordsThatFit(text: string, limit: number, words = 6): string | undefined {
  const characters = [...text];
  if (characters.length <= limit) return undefined;
  const kept = characters.slice(0, limit).join('').trimEnd().split(/\s+/);
  return kept.slice(-words).join(' ');
}
