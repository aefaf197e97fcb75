import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every E2E test runs with three guards: a script error on any page fails the test, so does a
 * Content Security Policy violation, and so does any request that leaves the site's own origin
 * (the site must be self-contained). The server is Cloudflare's Pages runtime (see
 * ../playwright.config.ts), so each page arrives with the headers of dist/_headers as the host
 * sends them, on top of the policy Astro puts in each page.
 */
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
