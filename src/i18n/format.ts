/**
 * Filling UI strings: "{name}" placeholders and plural forms. No strings live here, so client
 * scripts can import this module without bundling the dictionary (they read their strings from
 * the page: see src/i18n/index.ts).
 */

export type TextParams = Readonly<Record<string, string | number>>;

export type TextPart = { kind: 'text'; text: string } | { kind: 'placeholder'; name: string };

const PLACEHOLDER = /\{(\w+)\}/g;

/** A string split into literal text and {placeholders}, in order. */
export function textParts(template: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ kind: 'text', text: template.slice(last, match.index) });
    parts.push({ kind: 'placeholder', name: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ kind: 'text', text: template.slice(last) });
  return parts;
}

/** The placeholder names a string uses. */
export const placeholdersOf = (template: string): string[] => [...template.matchAll(PLACEHOLDER)].map((match) => match[1]!);

/**
 * Fills every {name} with its value, as text. A placeholder without a value throws: a half-filled
 * sentence would reach the reader otherwise.
 */
export function formatText(template: string, params: TextParams = {}): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for {${name}} in “${template}”.`);
    return String(value);
  });
}

/** A string's plural forms, by CLDR category; "other" is the one every language has. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form of a string for a count, following the language's plural rules. */
export function pluralForm(lang: string, count: number, forms: PluralForms): string {
  return forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;
}
