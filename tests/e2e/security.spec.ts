import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, allowPerPage, sitemapPaths } from './fixtures';
import { SITE_REDIRECTS } from '../../src/lib/site-redirects';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => join(entry.parentPath, entry.name));
}

test('our built JavaScript has no HTML-injection sinks', () => {
  // Reader-provided text only ever goes into textContent, attributes or a Blob.
  const sinks = /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/;
  const offenders = files(join(dist, '_astro'), '.js').filter((file) => sinks.test(readFileSync(file, 'utf8')));
  expect(offenders).toEqual([]);
});

test('every page carries a strict Content-Security-Policy', () => {
  // Astro's one-line redirect pages for old addresses have no script or style at all; the
  // host's _headers policy covers them.
  const isRedirect = (page: string) => `/${page.slice(dist.length).replace(/index\.html$/, '')}` in SITE_REDIRECTS;
  const pages = files(dist, '.html').filter((page) => !isRedirect(page));
  for (const page of files(dist, '.html').filter(isRedirect)) {
    expect(readFileSync(page, 'utf8'), page).not.toMatch(/<script|<style|\sstyle="/i);
  }
  expect(pages.length).toBeGreaterThan(50);
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy, page).toBeDefined();
    expect(policy, page).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(policy, page).toContain("default-src 'self'");
    expect(html, `${page} has no inline style attribute`).not.toMatch(/\sstyle="/);
  }
});

test('every page works under the policy (no violations while loading)', async ({ page }) => {
  const paths = await sitemapPaths(page);
  allowPerPage(paths.length);
  for (const path of paths) {
    await page.goto(path);
  }
  // The fixture fails the test on any CSP violation reported in the console.
});
