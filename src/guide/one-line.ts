/** Every kind of line break a paste or a stored value can hold (CRLF counts as one). */
const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;

/**
 * A value for a one-line field or an email's subject: each line break becomes a space, so that
 * none reaches a mailto: subject (where it would start a new header) or splits a name in two.
 */
export const oneLine = (text: string): string => text.replace(LINE_BREAKS, ' ');
