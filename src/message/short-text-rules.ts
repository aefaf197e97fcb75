/**
 * A text, chat, job board or LinkedIn message (a template's `short`): one phone screen, no subject
 * line, and no sign-off block ("Best wishes,") before the name; the name alone ends it. The build
 * checks every template with this (its length is checked with the example details filled in).
 */
export function shortTextProblem(text: string): string | undefined {
  if (/^\s*subject\s*:/im.test(text)) return 'has a subject line; a text or chat message has none';
  const signOff = /\n[^\n{]{1,40},[ \t]*\n+[ \t]*\{yourName\}\s*$/.exec(text);
  if (signOff) return `ends with a sign-off block ("${signOff[0].trim().split('\n')[0]}"); a text or chat message ends with the name alone`;
  return undefined;
}
