// Not String.prototype.toWellFormed: Safari before 16.4 (and Chrome before 111) lack it, and there a
// call threw and took the composer's tools down with it. No lookbehind either, for the same browsers.
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

/** `text` with each lone surrogate (half of an emoji, cut) replaced by U+FFFD, so it can be encoded. */
export function wellFormed(text: string): string {
  return text.replace(SURROGATES, (match) => (match.length === 2 ? match : '\uFFFD'));
}
