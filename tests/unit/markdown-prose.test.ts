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

test('each rule, exactly: what goes and what stays', () => {
  // Front matter only at the very start, and only up to its closing line.
  expect(markdownProse('---\na: 1\n---\nText\n---\nafter')).toBe(' \nText\n---\nafter');
  expect(markdownProse('Text\n---\nnot front matter\n---')).toBe('Text\n---\nnot front matter\n---');
  // MDX imports and exports, on lines of their own.
  expect(markdownProse('import A from "a";\nexport const b = 1;\nimported words')).toBe(' \n \nimported words');
  // Code blocks, each on its own (the text between two blocks stays).
  expect(markdownProse('```\ncode\n```\nbetween\n```\nmore\n```')).toBe(' \nbetween\n ');
  // Link targets go; the link text stays.
  expect(markdownProse('[one](a) and [two](b)')).toBe(' one  and  two ');
  // Tags and expressions, even several on a line.
  expect(markdownProse('<b>x</b> {a} y {b}')).toBe(' x    y  ');
  expect(markdownProse('{a\nb}')).toBe('{a\nb}');
  // Block markers at the start of a line, on every line.
  expect(markdownProse('# H\n###### H6\n- a\n* b\n+ c\n12. d\n> e')).toBe('H\nH6\na\nb\nc\nd\ne');
  expect(markdownProse('a - b 1. c > d')).toBe('a - b 1. c > d');
  expect(markdownProse('####### seven')).toBe('####### seven');
  // Inline syntax characters become spaces.
  expect(markdownProse('*a* _b_ `c` ~d~ |e|')).toBe(' a   b   c   d   e ');
});
