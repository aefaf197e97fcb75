import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en';
import { LANG, pluralForms, t, tPlural, uiTemplate, type UiKey } from '../../src/i18n';
import { formatText, placeholdersOf, pluralForm, textParts } from '../../src/i18n/format';

const keys = Object.keys(en) as UiKey[];

describe('t()', () => {
  test.each(keys)('%s: every {placeholder} is filled', (key) => {
    const names = placeholdersOf(en[key]);
    const params = Object.fromEntries(names.map((name, index) => [name, `«value ${index}»`]));
    // Any key, with whatever values its placeholders need: the types are checked in the tests below.
    const text = (t as (key: UiKey, params?: Record<string, string>) => string)(key, params);
    expect(text).not.toMatch(/[{}]/);
    for (const value of Object.values(params)) expect(text).toContain(value);
    expect(text.trim()).toBe(text);
    expect(text.length).toBeGreaterThan(0);
  });

  test('fills values as given, once: a value that looks like a placeholder stays as it is', () => {
    expect(t('guide.progress', { number: 3, more: 2 })).toBe('Question 3, at most 2 more');
    expect(t('directory.linkCopied', { url: '{url}' })).toBe('Link copied: {url}');
    expect(formatText('{a} and {b}', { a: '{b}', b: '$&' })).toBe('{b} and $&');
  });

  test('an unknown key is a type error, and throws', () => {
    // @ts-expect-error: not a key of en.ts
    expect(() => t('guide.noSuchString')).toThrow(/guide\.noSuchString/);
  });

  test('a missing value is a type error, and throws', () => {
    // @ts-expect-error: {number} has no value
    expect(() => t('guide.progress')).toThrow(/\{number\}/);
    // @ts-expect-error: {number} has no value
    expect(() => t('guide.progress', { more: 5 })).toThrow(/\{number\}/);
    // @ts-expect-error: {url} is not {title}
    expect(() => t('directory.linkCopied', { title: 'x' })).toThrow(/\{url\}/);
    expect(() => formatText('Hello {name}')).toThrow(/\{name\}/);
  });

  test('a string without placeholders takes no values', () => {
    // @ts-expect-error: 'guide.copyLink' has no placeholders
    expect(t('guide.copyLink', { x: 1 })).toBe(en['guide.copyLink']);
  });
});

describe('plurals', () => {
  const bases = [...new Set(keys.filter((key) => /\.(one|other)$/.test(key)).map((key) => key.replace(/\.(one|other)$/, '')))];

  test.each(bases)('%s has an "other" form, and every form has the same placeholders', (base) => {
    const forms = pluralForms(base as Parameters<typeof pluralForms>[0]);
    expect(forms.other).toBeDefined();
    const names = new Set(placeholdersOf(forms.other));
    for (const form of Object.values(forms)) {
      for (const name of placeholdersOf(form)) expect(names.has(name), `${base}: {${name}}`).toBe(true);
    }
  });

  test('the form follows the count, in the page language', () => {
    expect(tPlural('search.status.found', 1, { term: 'cv' })).toBe('1 result for “cv”.');
    expect(tPlural('search.status.found', 4, { term: 'cv' })).toBe('4 results for “cv”.');
    expect(tPlural('directory.paths', 1)).toBe(en['directory.paths.one']);
    expect(pluralForm(LANG, 0, { one: 'one', other: 'other' })).toBe('other');
    expect(pluralForm('cy', 2, { two: 'dau', other: 'other' })).toBe('dau');
  });
});

describe('the strings', () => {
  test('use typographic quotes and apostrophes (’ “ ”), never straight ones', () => {
    const straight = keys.filter((key) => /['"`]/.test(en[key]));
    expect(straight).toEqual([]);
  });

  test('open and close their quotes', () => {
    for (const key of keys) {
      const text = en[key];
      expect((text.match(/“/g) ?? []).length, key).toBe((text.match(/”/g) ?? []).length);
    }
  });

  test('are split into text and placeholders for <Trans>', () => {
    expect(textParts(uiTemplate('home.counsellors'))).toEqual([
      { kind: 'text', text: 'Career counsellor? ' },
      { kind: 'placeholder', name: 'link' },
      { kind: 'text', text: ', with links to send and handouts to print.' },
    ]);
  });
});
