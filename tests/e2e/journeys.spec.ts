import type { Page, TestInfo } from '@playwright/test';
import { test, expect, islandsArrived } from './fixtures';
import { t } from '../../src/i18n';
import { contentFiles, questionTitle } from '../support/content-files';

/**
 * The main journeys, written to pass with JavaScript, without it, and on a 320 px screen: the
 * Playwright config runs this file in all three set-ups.
 */
const jsOn = (testInfo: TestInfo) => testInfo.project.use.javaScriptEnabled !== false;

async function expectNoSidewaysScroll(page: Page) {
  // Measure the laid-out page, once its stylesheets and (with JavaScript) its islands have arrived.
  await page.waitForLoadState('load');
  if (jsOn(test.info())) await islandsArrived(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
}

test('home → article → a section', async ({ page }) => {
  await page.goto('/');
  await expectNoSidewaysScroll(page);
  await page.getByRole('link', { name: t('home.articleLink') }).click();
  await expect(page.locator('h1')).toHaveText(contentFiles('article')[0]!.data.title as string);
  await expectNoSidewaysScroll(page);
  // A section past the middle of the article (the fourth in its table of contents).
  const sectionLink = page.getByRole('navigation', { name: t('toc.title') }).getByRole('link').nth(3);
  const anchor = (await sectionLink.getAttribute('href'))!;
  expect(anchor).toMatch(/^#[a-z0-9-]+$/);
  await sectionLink.click();
  await expect(page).toHaveURL(new RegExp(`${anchor}$`));
  await expect(page.locator(anchor)).toBeInViewport();
});

test('questions → a question → a related question → its advice in the guide', async ({ page }) => {
  await page.goto('/questions/');
  await expectNoSidewaysScroll(page);
  await page.getByRole('link', { name: questionTitle('not-filling') }).click();
  await expect(page.getByRole('heading', { name: t('nextSteps.title') })).toBeVisible();
  await page.getByRole('navigation', { name: t('question.related') }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: t('question.answer') })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.getByRole('link', { name: t('question.guideLink') }).click();
  await expect(page.locator('[data-outcome]')).toBeVisible();
});

test('the guide, answer by answer, to a message; then change an answer to reach a move-on', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: t('guide.start') }).first().click();
  for (const answer of ['turned-down', 'by-email', 'still-keen', 'overqualified']) {
    await page.locator(`[data-answer="${answer}"]`).click();
  }
  await expect(page.locator('[data-outcome="template"]')).toHaveAttribute('data-outcome-id', 'overqualified-reply');
  await expect(page.locator('[data-template-output]').first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  // "Change" on the third answer (how you feel about them now), in the folded answers.
  await page.locator('.answer-summary summary').click();
  await page.locator('.answer-summary__row').nth(2).getByRole('link').click();
  await page.locator('[data-answer="put-off"]').click();
  await expect(page.locator('[data-outcome="move-on"]')).toHaveAttribute('data-outcome-id', 'move-on-treated-poorly');
  await page.getByRole('link', { name: t('guide.mapHere') }).click();
  await expect(page.locator('svg .is-here')).toHaveAttribute('data-node', 'move-on-treated-poorly');
  await expectNoSidewaysScroll(page);
});

test('a counsellor finds a path and opens it', async ({ page }) => {
  await page.goto('/counselors/');
  await expectNoSidewaysScroll(page);
  await page.locator('[data-directory-path="no-reply/interviews/in-touch-by-email/date-to-come"] > a').click();
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome-id', 'wait-for-their-date');
});

test('search, or a clear way round it without JavaScript', async ({ page }, testInfo) => {
  await page.goto('/search/');
  await expectNoSidewaysScroll(page);
  if (jsOn(testInfo)) {
    await page.getByRole('searchbox').fill('voicemail');
    await page.getByRole('list', { name: t('search.results') }).getByRole('link').first().click();
    await expect(page.locator('h1')).toBeVisible();
  } else {
    await expect(page.locator('[data-without-js]')).toBeVisible();
    await page.getByRole('link', { name: t('search.noScript.questions') }).click();
    await expect(page).toHaveURL(/\/questions\/$/);
  }
});

test('a mistyped guide link explains itself (with JavaScript) or offers a way on', async ({ page }, testInfo) => {
  await page.goto('/guide/no-reply/maybe/');
  if (jsOn(testInfo)) {
    await expect(page.getByRole('heading', { name: t('notice.brokenLink.title') })).toBeVisible();
    // The notice says what went wrong: the page's general guess at it goes.
    await expect(page.locator('[data-not-found-lede]')).toBeHidden();
  } else {
    await expect(page.getByRole('heading', { name: t('notFound.heading') })).toBeVisible();
    await expect(page.locator('[data-not-found-lede]')).toBeVisible();
  }
  // Measured with the notice the 404 page's script shows (after first paint), not before it.
  await expectNoSidewaysScroll(page);
  await page.getByRole('link', { name: t('notFound.guide') }).click();
  await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'what-happened');
});
