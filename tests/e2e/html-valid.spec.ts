import { readdirSync } from 'node:fs';
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
