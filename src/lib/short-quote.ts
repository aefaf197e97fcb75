/** The longest part of a reader's text we quote back: enough to recognise, never a wall of text. */
export const MAX_QUOTE = 40;

/**
 * A short, safe excerpt of text a reader gave us (a link's bad part, a search query): control and
 * direction-override characters removed, and cut to a few words (a paste or a tampered link can
 * carry kilobytes). Cut between characters, never inside an emoji.
 */
export function shortQuote(text: string): string {
  const clean = text.replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  const chars = [...clean];
  return chars.length > MAX_QUOTE ? `${chars.slice(0, MAX_QUOTE).join('')}…` : clean;
}
