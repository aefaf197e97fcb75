/**
 * A text, chat, job board or LinkedIn message (a template's `short`): one phone screen, no subject
 * line, and no sign-off block ("Best wishes,") before the name; the name alone ends it. The build
 * checks every template with this (its length is checked with the example details filled in).
 */
export function shortTextProblem(text: string): string | undefined {
  if (/^\s*subject\s*:/im.test(text)) return 'has a subject line; a text or chat message has none';
  // A line of its own before the name: one ending in a comma, or a usual closing word.
  const signOff = /\n[ \t]*([^\n{]{1,40},|(?:best|kind|warm)?\s*(?:wishes|regards)[.!]?|thanks[.!]?|thank you[.!]?|cheers[.!]?|sincerely[.!]?)[ \t]*\n(?:[ \t]*\n)*[ \t]*\{yourName\}\s*$/i.exec(text);
  if (signOff) return `ends with a sign-off block ("${signOff[1]!.trim()}"); a text or chat message ends with the name alone`;
  return undefined;
}
