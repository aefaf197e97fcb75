import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, allowPerPage, islandsArrived, sitemapPaths } from './fixtures';

// WCAG 2.2 AA, and axe's best practices (landmarks, heading order, one main, …) on top.
const RULE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The page's violations, or those inside one part of it (`within`: a selector), where only that part changed. */
async function violations(page: Page, within?: string) {
  const builder = new AxeBuilder({ page }).withTags(RULE_TAGS);
  const results = await (within ? builder.include(within) : builder).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

// In batches, so that each test stays well inside its time on a busy two-core machine.
const BATCHES = 8;
for (const scheme of ['light', 'dark'] as const) {
  for (let batch = 0; batch < BATCHES; batch++) {
    test(`every page in the sitemap passes axe (WCAG 2.2 AA and best practices) in ${scheme} mode, batch ${batch + 1} of ${BATCHES}`, async ({ page }) => {
      const paths = await sitemapPaths(page);
      allowPerPage(Math.ceil(paths.length / BATCHES), 20_000);
      expect(paths.length).toBeGreaterThan(20);
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of paths.filter((_, index) => index % BATCHES === batch)) {
        await page.goto(path);
        await islandsArrived(page);
        expect(await violations(page), `${path} (${scheme})`).toEqual([]);
      }
    });
  }
}

test('guide steps that are not in the sitemap, the 404 and open search pass axe', async ({ page }) => {
  test.setTimeout(90_000);
  for (const path of ['/guide/no-reply/interviews/in-touch-by-email/date-passed/under-six-weeks/not-since/', '/guide/turned-down/by-email/put-off/', '/no-such-page/']) {
    await page.goto(path);
    await islandsArrived(page);
    expect(await violations(page), path).toEqual([]);
  }
  // Broken guide links: checked with the notice the 404 page's script fills in and shows.
  for (const path of ['/guide/no-reply/bogus/', '/guide/map/no-reply/bogus/']) {
    await page.goto(path);
    await expect(page.locator('[data-guide-notice]'), path).toBeVisible();
    expect(await violations(page), path).toEqual([]);
  }
  await page.goto('/article/');
  await page.keyboard.press('/');
  await page.getByRole('searchbox').fill('feedback');
  // Wait for the search to finish (found or not): the status line says which in data-search-state.
  await expect(page.getByRole('dialog').getByRole('status')).toHaveAttribute('data-search-state', /^(no-)?results$/);
  expect(await violations(page), 'search dialog').toEqual([]);
});

test('the “what happened?” box with its suggestions, and search’s closest matches with the guide’s suggestion, pass axe', async ({ page }) => {
  allowPerPage(6, 20_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ['/guide/', '/counselors/']) {
      await page.goto(path);
      await page.locator('[data-describe-input]').fill('ghosted after final interview');
      await expect(page.locator('a[data-describe-suggestion]').first()).toBeVisible();
      expect(await violations(page), `${path} (${scheme})`).toEqual([]);
    }
    await page.goto(`/search/?q=${encodeURIComponent('ghosted after final interview')}`);
    await expect(page.locator('[data-search-page] [data-search-status]')).toHaveAttribute('data-search-state', 'closest');
    await expect(page.locator('[data-search-page] a[data-search-guide]')).toBeVisible();
    expect(await violations(page), `search's closest matches (${scheme})`).toEqual([]);
  }
});

test('the connected composer passes axe: blanks as inputs, the summary of blanks left, the editor, each channel', async ({ page, context }) => {
  // Two schemes, two pages, each checked whole twice and then its composer in each channel.
  allowPerPage(4 * 9, 5_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // A template with three channels, and one with a reminder.
    for (const path of ['/guide/outcomes/thank-for-feedback/', '/guide/no-reply/interviews/in-touch-by-email/date-to-come/']) {
      await page.goto(path);
      const tool = page.locator('[data-template-tool]');
      await tool.hover();
      await expect(tool).toHaveAttribute('data-connected', 'true');
      await expect(page.locator('[data-channel]:visible [data-blank-input]').first()).toBeVisible();
      // Copy with blanks left: the summary of blanks shows.
      await page.locator('[data-channel]:visible [data-copy]').first().click();
      await expect(page.locator('[data-channel]:visible [data-gap-summary]')).toBeVisible();
      expect(await violations(page), `${path}, blanks summary (${scheme})`).toEqual([]);
      await page.locator('[data-channel]:visible [data-edit-toggle]').click();
      await expect(page.locator('[data-channel]:visible [data-message-editor]')).toBeVisible();
      expect(await violations(page), `${path}, editing (${scheme})`).toEqual([]);
      for (const radio of await page.locator('[data-channel-choice]').all()) {
        await radio.check();
        // Only the composer changes with the channel; the whole page was checked just above.
        expect(await violations(page, '[data-template-tool]'), `${path}, channel ${await radio.getAttribute('value')} (${scheme})`).toEqual([]);
      }
      // Leave nothing stored for the next page.
      await page.evaluate(() => localStorage.clear());
    }
  }
});
