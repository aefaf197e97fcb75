/** Which LinkedIn limit a message of `length` characters passes: none, a free account's, or LinkedIn's own. */
export type LinkedinLimit = 'none' | 'free' | 'max';

export function linkedinLimit(length: number, limits: { free: number; max: number }): LinkedinLimit {
  if (length > limits.max) return 'max';
  return length > limits.free ? 'free' : 'none';
}

/** Characters as a reader counts them (and LinkedIn does): an emoji or accented letter is one. */
export function characterCount(text: string): number {
  return [...text].length;
}
