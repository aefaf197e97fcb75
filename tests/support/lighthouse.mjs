// Lighthouse over the built site, in the same Chromium the other browser tests use (Debian's, or
// Playwright's), with its default mobile emulation. Shared by the Lighthouse test and the bench.
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from './browser.mjs';
import { PAGE_KINDS } from './page-weight.mjs';

/** The pages Lighthouse checks: every page kind that names a Lighthouse path. */
export const LIGHTHOUSE_PAGES = PAGE_KINDS.filter((page) => page.lighthouse).map((page) => ({ kind: page.kind, path: page.lighthouse }));

const PORT = 9333;

/**
 * Runs Lighthouse on each URL in turn and returns its report (lhr) for each.
 * @param {string[]} urls
 * @param {string[]} categories
 */
export async function runLighthouse(urls, categories) {
  const options = chromiumLaunchOptions();
  const browser = await chromium.launch({ ...options, args: [...(options.args ?? []), `--remote-debugging-port=${PORT}`] });
  try {
    const reports = [];
    for (const url of urls) {
      const result = await lighthouse(url, { port: PORT, output: 'json', logLevel: 'error', onlyCategories: categories });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      reports.push(result.lhr);
    }
    return reports;
  } finally {
    await browser.close();
  }
}

/** The audits that cost points in a category, to say why a score is below 100. */
export function failedAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
    .map((ref) => `${ref.id}: ${lhr.audits[ref.id].title}`);
}
