import { test, expect } from './fixtures';
import { LIGHTHOUSE_PAGES, failedAudits, runLighthouse } from '../support/lighthouse.mjs';

const CATEGORIES = ['accessibility', 'best-practices', 'seo'];

// Lighthouse drives its own Chromium session; performance scores depend on the machine and are
// reported by `npm run bench`, but these three must be perfect everywhere.
test(`Lighthouse (mobile): ${CATEGORIES.join(', ')} score 100 on every kind of page`, async ({ baseURL }) => {
  test.setTimeout(600_000);
  const reports = await runLighthouse(
    LIGHTHOUSE_PAGES.map((page) => `${baseURL}${page.path}`),
    CATEGORIES,
  );
  const shortfalls: string[] = [];
  for (const [index, lhr] of reports.entries()) {
    for (const category of CATEGORIES) {
      const score = Math.round((lhr.categories[category]?.score ?? 0) * 100);
      if (score < 100) {
        shortfalls.push(`${LIGHTHOUSE_PAGES[index]!.kind} ${category} ${score}: ${failedAudits(lhr, category).join('; ')}`);
      }
    }
  }
  expect(shortfalls).toEqual([]);
});
