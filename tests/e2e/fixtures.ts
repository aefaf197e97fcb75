import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every E2E test runs with two guards: a script error on any page fails the test, and so does
 * any request that leaves the site's own origin (the site must be self-contained).
 */
export const test = base.extend<{ guards: void }>({
  guards: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const pageErrors: string[] = [];
      const foreign: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
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
