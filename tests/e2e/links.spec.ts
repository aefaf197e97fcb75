import { LinkChecker } from 'linkinator';
import { test, expect } from './fixtures';

test('no broken internal link or #fragment anywhere on the built site', async ({ baseURL }) => {
  test.setTimeout(600_000); // crawls every page and fragment of the site
  const checker = new LinkChecker();
  const result = await checker.check({
    path: `${baseURL}/`,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    // Only our own pages; the site links nowhere else, and mailto: links have no target to fetch.
    linksToSkip: async (link) => !link.startsWith(baseURL!),
  });
  const broken = result.links
    .filter((link) => link.state === 'BROKEN')
    .map((link) => `${link.url} (from ${link.parent ?? '?'}, status ${link.status})`);
  expect(broken).toEqual([]);
  // The crawl really walked the site: every page kind was reached.
  const checked = new Set(result.links.map((link) => new URL(link.url).pathname));
  for (const path of ['/article/', '/questions/mismatch/', '/guide/outcomes/thank-your-referrer/', '/guide/no-reply/interviews/in-touch-by-email/date-passed/under-six-weeks/chased-since/']) {
    expect(checked.has(path), path).toBe(true);
  }
});
