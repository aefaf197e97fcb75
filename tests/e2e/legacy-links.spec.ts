import { test, expect, allowPerPage } from './fixtures';
import legacy from '../fixtures/legacy-guide-urls.json' with { type: 'json' };
import { LEGACY_REDIRECTS } from '../../src/guide/legacy-redirects';

/**
 * Links counsellors shared before the guide was redesigned (recorded in the fixture before the
 * change): each opens a working step or outcome in the browser. That the host answers each with a
 * 301 is tested in host.spec.ts.
 */
test('every guide address of the first release opens a step or an outcome', async ({ page }) => {
  allowPerPage(legacy.paths.length + legacy.outcomes.length);
  for (const { url } of [...legacy.paths, ...legacy.outcomes]) {
    await page.goto(url);
    const target = LEGACY_REDIRECTS[url] ?? url;
    await expect(page, url).toHaveURL(target);
    await expect(page.locator('[data-step], [data-outcome]'), url).toHaveCount(1);
    await expect(page.locator('[data-guide-notice]'), url).toBeHidden();
  }
});

test('old map links open the map with the new path highlighted', async ({ page }) => {
  await page.goto('/guide/map/not-filling/reposted/');
  await expect(page).toHaveURL('/guide/map/reposted/');
  await expect(page.locator('svg .is-here')).toHaveAttribute('data-node', 'reapply-reposted');
});
