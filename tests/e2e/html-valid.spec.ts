import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { test, expect } from './fixtures';
import { LEGACY_REDIRECTS } from '../../src/guide/legacy-redirects';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

test('every built page is valid HTML (html-validate, recommended rules)', async () => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const pages = readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    // Astro writes the one-line redirect pages for old guide addresses itself (see legacy-links.spec).
    .filter((page) => !(`/${page.slice(dist.length).replace(/index\.html$/, '')}` in LEGACY_REDIRECTS));
  expect(pages.length).toBeGreaterThan(50);
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(page);
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push(`${page.slice(dist.length)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  expect(problems).toEqual([]);
});

test('visible text uses typographic quotes and apostrophes on every built page', async () => {
  const pages = readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
  const straight: string[] = [];
  for (const page of pages) {
    const text = readFileSync(page, 'utf8')
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&quot;|&#34;/g, '"')
      .replace(/&#39;|&apos;/g, "'");
    for (const match of text.matchAll(/\S*[\p{L}\p{N}]['"]\S*|\S*['"][\p{L}\p{N}]\S*/gu)) straight.push(`${page.slice(dist.length)}: ${match[0]}`);
  }
  expect(straight).toEqual([]);
});
