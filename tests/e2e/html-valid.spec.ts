import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { test, expect } from './fixtures';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

test('every built page is valid HTML (html-validate, recommended rules)', async () => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const pages = readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
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
