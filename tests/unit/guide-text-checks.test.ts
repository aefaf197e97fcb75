import { describe, expect, test } from 'vitest';
import { checkGuideText } from '../../src/lib/guide-text-checks';
import { contentFiles } from '../support/content-files';

/** The real wording files, as the build reads them (id, path, front matter). */
const files = () =>
  contentFiles('guide').map((file) => ({ id: file.id, filePath: file.path, data: file.data as { answers: Record<string, unknown> } }));

describe('the guide’s wording matches its machine', () => {
  test('the real files pass', () => {
    expect(() => checkGuideText(files())).not.toThrow();
  });

  test('a misspelt answer names the file and the answer', () => {
    const edited = files().map((file) =>
      file.id === 'how-told'
        ? { ...file, data: { answers: Object.fromEntries(Object.entries(file.data.answers).map(([slug, text]) => [slug === 'agency' ? 'agncy' : slug, text])) } }
        : file,
    );
    expect(() => checkGuideText(edited)).toThrow(/content\/guide\/how-told\.md: field "answers" has "agncy"/);
  });

  test('a missing answer names the file and the answer', () => {
    const edited = files().map((file) => {
      if (file.id !== 'promised-date') return file;
      const { 'no-date': _gone, ...rest } = file.data.answers;
      return { ...file, data: { answers: rest } };
    });
    expect(() => checkGuideText(edited)).toThrow(/promised-date\.md: field "answers" has no wording for the answer "no-date"/);
  });

  test('a missing file, and a file for no question, are both named', () => {
    expect(() => checkGuideText(files().filter((file) => file.id !== 'replied-yet'))).toThrow(/content\/guide\/replied-yet\.md/);
    expect(() => checkGuideText([...files(), { id: 'favourite-colour', filePath: 'content/guide/favourite-colour.md', data: { answers: {} } }])).toThrow(
      /favourite-colour\.md: there is no question "favourite-colour"/,
    );
  });
});
