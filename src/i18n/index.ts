import { en } from './en';
import { formatText, pluralForm, type PluralForms, type TextParams } from './format';

/**
 * The site's UI strings, after Starlight's t(): t('guide.copyLink'), t('guide.progress',
 * { number: 2 }). Keys and their placeholders are typed from en.ts, so an unknown key or a missing
 * value is a type error (and a missing value also throws at build time).
 *
 * Server code only (pages, components, lib): client scripts never import this module, which would
 * bundle the dictionary. The page carries each string a script needs, in a data- attribute on the
 * element the script works with, and the script fills it with formatText() from ./format. (Search,
 * which sits on every page, fetches its words from a file the build writes instead: see
 * src/search/search-texts.ts.)
 *
 * To translate the site: copy en.ts to <lang>.ts, translate the values, and point LANG and
 * STRINGS below at it.
 */

/**
 * The language of every page: <html lang>, which client scripts read for plural rules. (Pagefind's
 * index is also told the language, with forceLanguage in src/integrations/pagefind.ts.)
 */
export const LANG = 'en';

/** Language and region: how dates are written, and the Open Graph locale. */
export const LOCALE = `${LANG}-GB`;

export type UiKey = keyof typeof en;

const STRINGS: Readonly<Record<UiKey, string>> = en;

/** The {placeholder} names in a string type, e.g. "url" in "Link copied: {url}". */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

export type UiParams<K extends UiKey> = Readonly<Record<Placeholders<(typeof en)[K]>, string | number>>;

/** Keys of strings without placeholders (labels kept in data, such as the menu's). */
export type PlainUiKey = { [K in UiKey]: [Placeholders<(typeof en)[K]>] extends [never] ? K : never }[UiKey];

/**
 * No second argument for a string without placeholders; a value for each one otherwise.
 * Distributed over K, so an unknown key is reported as such (not as a missing argument).
 */
type ParamsArg<K extends UiKey> = K extends UiKey ? ([Placeholders<(typeof en)[K]>] extends [never] ? [] : [params: UiParams<K>]) : never;

/** A UI string, with its placeholders filled in. */
export function t<K extends UiKey>(key: K, ...[params]: ParamsArg<K>): string {
  return formatText(uiTemplate(key), params as TextParams | undefined);
}

/** Whether a string names a UI string (for keys made from data, such as "number.2"). */
export const hasUiKey = (key: string): key is UiKey => Object.hasOwn(STRINGS, key);

/** A UI string as written, placeholders and all (for <Trans>, which fills some with elements). */
export function uiTemplate(key: UiKey): string {
  const template = STRINGS[key];
  if (template === undefined) throw new Error(`No UI string "${key}" in src/i18n/${LANG}.ts.`);
  return template;
}

/** Keys that have plural forms ("x.one", "x.other"), without the form: "x". */
export type PluralKey = { [K in UiKey]: K extends `${infer Base}.other` ? Base : never }[UiKey];

type PluralParams<B extends PluralKey> = Omit<UiParams<`${B}.other` & UiKey>, 'count'>;

/** Every plural form of a string, by CLDR category (what a client script picks from). */
export function pluralForms(base: PluralKey): PluralForms {
  const forms: PluralForms = { other: uiTemplate(`${base}.other` as UiKey) };
  for (const category of ['zero', 'one', 'two', 'few', 'many'] as const) {
    const form = (STRINGS as Partial<Record<string, string>>)[`${base}.${category}`];
    if (form !== undefined) forms[category] = form;
  }
  return forms;
}

/** The form of a string for a count ({count} is filled in), e.g. "1 result" or "3 results". */
export function tPlural<B extends PluralKey>(base: B, count: number, ...[params]: [keyof PluralParams<B>] extends [never] ? [] : [params: PluralParams<B>]): string {
  return formatText(pluralForm(LANG, count, pluralForms(base)), { ...(params as TextParams | undefined), count });
}
