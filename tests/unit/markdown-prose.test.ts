import { expect, test } from 'vitest';
import { markdownProse } from '../../src/lib/markdown-prose';
import { readingMinutes } from '../../src/lib/reading-time';

test('keeps the words a reader sees and drops Markdown, MDX and HTML around them', () => {
  const prose = markdownProse(
    [
      '---',
      'title: "Front matter title"',
      '---',
      "import Aside from '../components/Aside.astro';",
      '## A heading',
      '- a **bold** item with [a link](https://example.com/a/b/c "Title")',
      '<span class="one two three">tagged</span> and {props.value} and `code`',
    ].join('\n'),
  );
  for (const kept of ['A heading', 'bold', 'item', 'a link', 'tagged', 'code']) expect(prose).toContain(kept);
  for (const dropped of ['Front matter', 'import', 'https', 'example.com', 'class', 'one two three', 'props.value', '##', '**', '[', '`']) {
    expect(prose, dropped).not.toContain(dropped);
  }
});

test('reading time counts only prose: markup around 300 words does not add a minute', () => {
  const markup = `<img alt="${'x '.repeat(60)}"> [see](https://example.com/${'a/'.repeat(40)}) {${'y '.repeat(20)}}`;
  expect(readingMinutes('word '.repeat(300))).toBe(1);
  expect(readingMinutes(`${'word '.repeat(300)}\n\n${markup}`)).toBe(1);
  expect(readingMinutes('word '.repeat(1100))).toBe(5);
});
