/**
 * Message templates are plain text with {placeholders}. This module parses and fills them. It
 * only ever produces text: callers put the result in textContent, a mailto: URL or a file,
 * never into HTML.
 */

export type TemplatePart = { kind: 'text'; text: string } | { kind: 'field'; name: string };

const PLACEHOLDER = /\{([^{}]*)\}/g;
const FIELD_NAME = /^[a-z][a-zA-Z0-9]*$/;

export class TemplateError extends Error {}

/** Splits template text into literal text and placeholders, rejecting malformed braces. */
export function parseTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1]!.trim();
    if (!FIELD_NAME.test(name)) throw new TemplateError(`“{${match[1]}}” is not a valid placeholder name.`);
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    parts.push({ kind: 'field', name });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  for (const part of parts) {
    if (part.kind === 'text' && /[{}]/.test(part.text)) {
      throw new TemplateError('A template has a brace that does not belong to a {placeholder}.');
    }
  }
  return parts;
}

/** The placeholder names a text uses, in first-use order. */
export function placeholdersOf(text: string): string[] {
  return [...new Set(parseTemplate(text).flatMap((part) => (part.kind === 'field' ? [part.name] : [])))];
}

/** Throws unless every placeholder in the texts is declared. Returns declared fields never used. */
export function checkPlaceholders(texts: readonly string[], declared: readonly string[]): string[] {
  const used = new Set(texts.flatMap(placeholdersOf));
  const undeclared = [...used].filter((name) => !declared.includes(name));
  if (undeclared.length) {
    throw new TemplateError(
      `uses ${undeclared.map((name) => `{${name}}`).join(', ')} but does not declare ${
        undeclared.length === 1 ? 'it' : 'them'
      } under "fields"`,
    );
  }
  return declared.filter((name) => !used.has(name));
}

/**
 * Fills placeholders with the reader's values (as plain text). An empty value shows as the
 * field's label in square brackets, so the gap is obvious in the preview and in a copied message.
 */
export function fillTemplate(
  text: string,
  values: Readonly<Record<string, string>>,
  labels: Readonly<Record<string, string>> = {},
): string {
  return parseTemplate(text)
    .map((part) => {
      if (part.kind === 'text') return part.text;
      const value = values[part.name]?.trim();
      return value ? value : `[${labels[part.name] ?? part.name}]`;
    })
    .join('');
}
