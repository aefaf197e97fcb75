import { describe, expect, test } from 'vitest';
import { checkRelatedQuestions, checkStepLinksNotInReadMore, sourceOf } from '../../src/lib/question-checks';

const entry = (id: string, related: string[], filePath: string | undefined = `content/questions/${id}.mdx`) => ({
  id,
  filePath,
  data: { related },
});

describe('related questions', () => {
  test('an entry is named by its file, or by its id when the file is not known', () => {
    expect(sourceOf({ id: 'ghosted', filePath: 'content/questions/ghosted.mdx' })).toBe('content/questions/ghosted.mdx');
    expect(sourceOf({ id: 'ghosted' })).toBe('ghosted');
    expect(sourceOf({ id: 'ghosted', filePath: undefined })).toBe('ghosted');
  });

  test('questions with no related ones, or related ones that exist, pass', () => {
    expect(() => checkRelatedQuestions([])).not.toThrow();
    expect(() => checkRelatedQuestions([entry('a', []), entry('b', ['a', 'c']), entry('c', ['b'])])).not.toThrow();
  });

  test('a broken reference names the file, the field and the missing file', () => {
    expect(() => checkRelatedQuestions([entry('a', ['b']), entry('b', ['a', 'gone'])])).toThrow(
      'content/questions/b.mdx: field "related" names "gone", but there is no content/questions/gone.mdx.',
    );
  });

  test('a question may not list itself, even though it exists', () => {
    expect(() => checkRelatedQuestions([entry('b', []), entry('a', ['b', 'a'])])).toThrow(
      'content/questions/a.mdx: field "related" lists the question itself ("a").',
    );
  });

  test('without a file path, the error names the id', () => {
    expect(() => checkRelatedQuestions([{ id: 'a', data: { related: ['zzz'] } }])).toThrow(/^a: field "related" names "zzz"/);
  });
});

describe('an outcome’s next steps', () => {
  const outcome = (links: (string | undefined)[]) => ({
    id: 'move-on-no-reply',
    filePath: 'content/move-on/move-on-no-reply.md',
    data: { nextSteps: links.map((href) => ({ link: href ? { href } : undefined })) },
  });
  const readMore = ['/article/#how-long-to-wait', '/questions/ghosted/'];

  test('may link anywhere the "Read more" list does not', () => {
    expect(() => checkStepLinksNotInReadMore(outcome([undefined, '/guide/outcomes/ask-feedback/', '/article/#what-you-gain']), readMore)).not.toThrow();
  });

  test('may not repeat a link the "Read more" list gives, naming the file, field and step', () => {
    expect(() => checkStepLinksNotInReadMore(outcome([undefined, '/questions/ghosted/']), readMore)).toThrow(
      /^content\/move-on\/move-on-no-reply\.md: field "nextSteps" \(step 2\) links to "\/questions\/ghosted\/"/,
    );
    expect(() => checkStepLinksNotInReadMore(outcome(['/article/#how-long-to-wait']), readMore)).toThrow(/step 1/);
  });
});
