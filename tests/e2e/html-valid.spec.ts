import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { test, expect } from './fixtures';
import { SITE_REDIRECTS } from '../../src/lib/site-redirects';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** A guide or map path page: one of hundreds built by the same template, one per path through the guide. */
const isPathPage = (page: string) => {
  const address = page.slice(dist.length);
  return address.startsWith('guide/') && !address.startsWith('guide/outcomes/') && !['guide/index.html', 'guide/map/index.html'].includes(address) && address.endsWith('/index.html');
};

test('every kind of built page is valid HTML (html-validate, recommended rules): every page but the path pages, and a quarter of those', async () => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const pages = readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    // Astro writes the one-line redirect pages for old addresses itself (see legacy-links.spec).
    .filter((page) => !(`/${page.slice(dist.length).replace(/index\.html$/, '')}` in SITE_REDIRECTS))
    .sort()
    // Path pages come from two templates, so a quarter of them (every fourth, in address order) stands for the rest.
    .filter((page, index) => !isPathPage(page) || index % 4 === 0);
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

test('visible and spoken text (names, hints, descriptions) uses typographic quotes and apostrophes on every built page', async () => {
  const pages = readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
  const straight: string[] = [];
  const decode = (text: string) => text.replace(/&quot;|&#34;/g, '"').replace(/&#39;|&apos;/g, "'");
  const check = (page: string, text: string) => {
    for (const match of text.matchAll(/\S*[\p{L}\p{N}]['"]\S*|\S*['"][\p{L}\p{N}]\S*/gu)) straight.push(`${page.slice(dist.length)}: ${match[0]}`);
  };
  // Attributes a reader sees or hears: names, hints, placeholders, and what shares and search show.
  const spoken = /\s(?:aria-label|title|placeholder|alt|data-[\w-]*text|content)="([^"]*)"/g;
  for (const page of pages) {
    const html = readFileSync(page, 'utf8').replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ');
    check(page, decode(html.replace(/<[^>]*>/g, ' ')));
    for (const [, value] of html.matchAll(spoken)) {
      // Not the policy, viewport or colour meta tags, nor a hash or address: words only.
      if (/^(?:default-src|width=|#|https?:|light|dark|[\w-]+\/)/.test(value!)) continue;
      check(page, decode(value!));
    }
  }
  expect(straight).toEqual([]);
});
