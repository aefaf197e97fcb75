import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { t, tPlural } from '../../src/i18n';
import { contentFile } from '../support/content-files';

/**
 * "Tell us what happened" (src/describe/): a sentence in the reader's words becomes starting
 * points in the guide. The expected addresses are written by hand from what each sentence says.
 */

const box = (page: Page) => page.locator('[data-describe-input]');
const suggestions = (page: Page) => page.locator('a[data-describe-suggestion]');
const status = (page: Page) => page.locator('[data-describe-status]');
/** The wording of a guide question, as content has it (so copy edits break no test). */
const question = (id: string) => contentFile('guide', id).data.question as string;
const answerLabel = (id: string, slug: string) => (contentFile('guide', id).data.answers as Record<string, { label: string }>)[slug]!.label;

/** Requests for the box's script or data: none until the reader uses the box. */
function watchDescribeRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (/lazy-describeBox|describe\.json|reader-words|describe-client/.test(request.url())) urls.push(request.url());
  });
  return urls;
}

for (const width of [390, 1280]) {
  test(`at ${width} px: “ghosted after final interview” fills in still waiting and the final round, and leaves the rest to ask`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    const requests = watchDescribeRequests(page);
    await page.goto('/guide/');
    await expect(box(page)).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(requests, 'nothing of the box loads before it is used').toEqual([]);

    await box(page).fill('ghosted after final interview');
    await expect(suggestions(page).first()).toHaveAttribute('href', '/guide/no-reply/final-round/');
    const count = await suggestions(page).count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(3);
    // Screen readers hear how many there are.
    await expect(status(page)).toHaveText(tPlural('describe.count', count));
    // The suggestion shows the answers it fills in, in the guide's words, and what comes next:
    // the question the words leave open.
    await expect(suggestions(page).first()).toContainText(answerLabel('what-happened', 'no-reply'));
    await expect(suggestions(page).first()).toContainText(answerLabel('last-stage', 'final-round'));
    await expect(suggestions(page).first()).toContainText(question('in-touch-how'));

    await suggestions(page).first().click();
    await expect(page).toHaveURL(/\/guide\/no-reply\/final-round\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(question('in-touch-how'));
    // Later steps have no box: it is the way in, not a question.
    await expect(box(page)).toHaveCount(0);
  });
}

test('by keyboard alone: Tab to the box, type, Enter to the first suggestion, arrows between them, Enter to open', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/guide/');
  for (let presses = 0; presses < 30 && !(await box(page).evaluate((input) => input === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(box(page)).toBeFocused();
  // Words for two first answers: the one with more words for it ("put on hold") first, the other after.
  await page.keyboard.type('put on hold or ghosted');
  await expect(suggestions(page)).toHaveCount(2);
  await expect(suggestions(page).first()).toHaveAttribute('href', '/guide/on-hold/');
  await expect(suggestions(page).nth(1)).toHaveAttribute('href', '/guide/no-reply/');
  await page.keyboard.press('Enter');
  await expect(suggestions(page).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(suggestions(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(suggestions(page).first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(box(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/guide\/no-reply\/$/);
});

test('words that support no answer get no suggestion, and say so', async ({ page }) => {
  await page.goto('/guide/');
  await box(page).fill('xylophone');
  await expect(status(page)).toHaveText(t('describe.none'));
  await expect(suggestions(page)).toHaveCount(0);
  await box(page).fill('');
  await expect(status(page)).toHaveText('');
});


test('the counsellors’ page has the box too: a client’s sentence opens the guide where it fits', async ({ page }) => {
  await page.goto('/counselors/');
  await box(page).fill('offer rescinded a week before my start date');
  await expect(suggestions(page).first()).toHaveAttribute('href', '/guide/offer-withdrawn/');
  await suggestions(page).first().click();
  await expect(page).toHaveURL(/\/guide\/offer-withdrawn\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the box is not shown, and the guide works as before', async ({ page }) => {
    await page.goto('/guide/');
    await expect(page.locator('[data-describe]')).toBeHidden();
    await page.locator('[data-answer]').first().click();
    await expect(page).not.toHaveURL(/\/guide\/$/);
  });
});
