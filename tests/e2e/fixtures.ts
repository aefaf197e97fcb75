import { test as base, expect, type Page, type Route } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';

/**
 * Every E2E test runs with three guards: a script error on any page fails the test, so does a
 * Content Security Policy violation, and so does any request that leaves the site's own origin
 * (the site must be self-contained). Pages are served with the headers the build wrote to
 * dist/_headers, as a static host would send them, on top of the policy Astro puts in each page.
 */
function headersFromFile(): Record<string, string> {
  const file = new URL('../../dist/_headers', import.meta.url);
  if (!existsSync(file)) throw new Error('dist/_headers is missing: run `npm run build` before the browser tests.');
  const text = readFileSync(file, 'utf8');
  const block = text.split(/\n(?=\S)/).find((section) => section.startsWith('/*\n'));
  if (!block) throw new Error('dist/_headers has no block for /*.');
  return Object.fromEntries(
    block
      .split('\n')
      .slice(1)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

const SITE_HEADERS = headersFromFile();

/**
 * The page's response, fetched from the preview server to add the headers. The server closes
 * idle keep-alive connections; a request sent on one as it closes is reset (ECONNRESET, seen on
 * a busy machine). A browser retries such a request, and so does this, twice.
 */
async function fetchRetrying(route: Route) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await route.fetch();
    } catch (error) {
      if (attempt === 3 || !/ECONNRESET|socket hang up/i.test(String(error))) throw error;
    }
  }
}
export const test = base.extend<{ guards: void }>({
  guards: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const pageErrors: string[] = [];
      const foreign: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        if (/Content Security Policy|Trusted Type/i.test(message.text())) pageErrors.push(message.text());
      });
      await page.route(
        (url) => url.origin === origin,
        async (route) => {
          if (route.request().resourceType() !== 'document') return route.fallback();
          const response = await fetchRetrying(route);
          await route.fulfill({ response, headers: { ...response.headers(), ...SITE_HEADERS } });
        },
      );
      await page.route(
        (url) => !['data:', 'blob:'].includes(url.protocol) && url.origin !== origin,
        async (route) => {
          foreign.push(route.request().url());
          await route.abort();
        },
      );
      await use();
      expect(pageErrors, 'script errors on the page').toEqual([]);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Site paths listed in the built sitemap (the canonical pages). */
export async function sitemapPaths(page: Page): Promise<string[]> {
  const index = await (await page.request.get('/sitemap-index.xml')).text();
  const paths: string[] = [];
  for (const [, sitemapUrl] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = await (await page.request.get(new URL(sitemapUrl!).pathname)).text();
    for (const [, url] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(url!).pathname);
  }
  return paths;
}

/**
 * A time limit for a test that visits many pages, in proportion to how many: generous enough
 * for a busy two-core machine (the README's flake check runs the suite beside stress-ng).
 */
export function allowPerPage(pages: number, perPage = 6_000): void {
  test.setTimeout(Math.max(60_000, pages * perPage));
}

/**
 * Waits until the page's islands (each loaded once the page has painted: src/lib/lazy-scripts.ts)
 * have arrived and connected, for a check that reads the whole page as readers see it (axe, its
 * text) rather than one effect it can wait for. A page without an island has nothing to wait for.
 */
export async function islandsArrived(page: Page): Promise<void> {
  await expect(page.locator('html[data-islands="ready"], html:not(:has([data-island]))')).toBeAttached();
}

/**
 * A slow network for one script: requests matching `pattern` wait until `release()`.
 * `requested` says whether the page has asked for it yet.
 */
export async function holdScript(page: Page, pattern: RegExp): Promise<{ requested: boolean; release: () => void }> {
  let open!: () => void;
  const held = new Promise<void>((resolve) => (open = resolve));
  const state = { requested: false, release: () => open() };
  await page.route(pattern, async (route) => {
    state.requested = true;
    await held;
    await route.fallback();
  });
  return state;
}
