import type { Page, TestInfo } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * The main journeys, written to pass with JavaScript, without it, and on a 320 px screen: the
 * Playwright config runs this file in all three set-ups.
 */
const jsOn = (testInfo: TestInfo) => testInfo.project.use.javaScriptEnabled !== false;

async function expectNoSidewaysScroll(page: Page) {
  // Measure the laid-out page, once its stylesheets have arrived.
  await page.waitForLoadState('load');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
}

test('home → article → a section', async ({ page }) => {
  await page.goto('/');
  await expectNoSidewaysScroll(page);
  await page.getByRole('link', { name: 'Why a follow-up note is worth sending' }).click();
  await expect(page.locator('h1')).toContainText('follow-up');
  await expectNoSidewaysScroll(page);
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Email or voicemail' }).click();
  await expect(page).toHaveURL(/#email-or-voicemail$/);
  await expect(page.locator('#email-or-voicemail')).toBeInViewport();
});

test('questions → a question → a related question → its advice in the guide', async ({ page }) => {
  await page.goto('/questions/');
  await expectNoSidewaysScroll(page);
  await page.getByRole('link', { name: /won’t be filled for now/ }).click();
  await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Related questions' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Our answer' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.getByRole('link', { name: 'See the guide’s advice' }).click();
  await expect(page.locator('[data-outcome]')).toBeVisible();
});

test('the guide, answer by answer, to a message; then change an answer to reach a move-on', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start the guide' }).first().click();
  for (const answer of ['turned-down', 'employer', 'still-keen', 'overqualified']) {
    await page.locator(`[data-answer="${answer}"]`).click();
  }
  await expect(page.locator('[data-outcome="template"]')).toHaveAttribute('data-outcome-id', 'overqualified-reply');
  await expect(page.locator('[data-template-output]')).toBeVisible();
  await expectNoSidewaysScroll(page);
  // "Change" on the third answer (how you feel about them now).
  await page.locator('.answer-summary__row').nth(2).getByRole('link').click();
  await page.locator('[data-answer="put-off"]').click();
  await expect(page.locator('[data-outcome="move-on"]')).toHaveAttribute('data-outcome-id', 'move-on-treated-poorly');
  await page.getByRole('link', { name: 'See where you are on the map' }).click();
  await expect(page.locator('svg .is-here')).toHaveAttribute('data-node', 'move-on-treated-poorly');
  await expectNoSidewaysScroll(page);
});

test('a counsellor finds a path and opens it', async ({ page }) => {
  await page.goto('/counselors/');
  await expectNoSidewaysScroll(page);
  await page.locator('[data-directory-path="no-reply/interviews/date-to-come"] > a').click();
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome-id', 'wait-for-their-date');
});

test('search, or a clear way round it without JavaScript', async ({ page }, testInfo) => {
  await page.goto('/search/');
  await expectNoSidewaysScroll(page);
  if (jsOn(testInfo)) {
    await page.getByRole('searchbox').fill('voicemail');
    await page.getByRole('list', { name: 'Search results' }).getByRole('link').first().click();
    await expect(page.locator('h1')).toBeVisible();
  } else {
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await page.getByRole('link', { name: 'every reader question' }).click();
    await expect(page).toHaveURL(/\/questions\/$/);
  }
});

test('a mistyped guide link explains itself (with JavaScript) or offers a way on', async ({ page }, testInfo) => {
  await page.goto('/guide/no-reply/maybe/');
  await expectNoSidewaysScroll(page);
  if (jsOn(testInfo)) {
    await expect(page.getByRole('heading', { name: 'This link is out of date or mistyped' })).toBeVisible();
  } else {
    await expect(page.getByRole('heading', { name: 'We can’t find that page' })).toBeVisible();
  }
  await page.getByRole('link', { name: /The guide: what should I do now/ }).click();
  await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'what-happened');
});
