// Lighthouse over the built site, in the same Chromium the other browser tests use (Debian's, or
// Playwright's), with its default mobile emulation. Shared by the Lighthouse test and the bench.
// Chromium is started by Lighthouse's own launcher, as the Lighthouse CLI does: a browser started by
// Playwright stays connected to it and sets up every tab Lighthouse opens (an extra script world
// per page load), which added main-thread work to every measured page.
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from './browser.mjs';
import { PAGE_KINDS } from './page-weight.mjs';

/** The pages Lighthouse checks: every page kind that names a Lighthouse path. */
export const LIGHTHOUSE_PAGES = PAGE_KINDS.filter((page) => page.lighthouse).map((page) => ({ kind: page.kind, path: page.lighthouse }));

/**
 * Runs Lighthouse on each URL in turn and returns its report (lhr) for each.
 * @param {string[]} urls
 * @param {string[]} categories
 */
export async function runLighthouse(urls, categories) {
  const options = chromiumLaunchOptions();
  const browser = await chromeLauncher.launch({
    chromePath: options.executablePath ?? chromium.executablePath(),
    // --no-sandbox, as Playwright starts it too: Chromium's sandbox will not start as root (CI runs as root).
    chromeFlags: ['--headless=new', '--no-sandbox', ...(options.args ?? [])],
  });
  try {
    const reports = [];
    for (const url of urls) {
      const result = await lighthouse(url, { port: browser.port, output: 'json', logLevel: 'error', onlyCategories: categories });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      reports.push(result.lhr);
    }
    return reports;
  } finally {
    browser.kill();
  }
}

/** The audits that cost points in a category, to say why a score is below 100. */
export function failedAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
    .map((ref) => `${ref.id}: ${lhr.audits[ref.id].title}`);
}
