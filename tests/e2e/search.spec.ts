import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { contentFiles } from '../support/content-files';

/** Requests for search code or the index, which must wait until the reader opens search. */
function watchSearchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (/pagefind|search-panel|search-dialog/.test(request.url())) urls.push(request.url());
  });
  return urls;
}

test('search loads nothing until opened, then finds a question by a word from its answer', async ({ page }) => {
  const searchRequests = watchSearchRequests(page);
  await page.goto('/article/');
  await page.waitForLoadState('networkidle');
  expect(searchRequests).toEqual([]);

  await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox', { name: 'Search the site' }).fill('inbox');
  await expect(dialog.getByRole('status')).toHaveText(/\d+ results? for “inbox”/);
  expect(searchRequests.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);

  const result = dialog.getByRole('link', { name: /advertised again/ });
  await expect(result.locator('mark')).toHaveText(['inbox']);
  await result.click();
  await expect(page).toHaveURL(/\/questions\/reposted\/$/);
});

test('filters results by type', async ({ page }) => {
  await page.goto('/search/?q=budget');
  const results = page.getByRole('list', { name: 'Search results' }).locator('> li > a');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “budget”/);
  const types = async () => results.evaluateAll((links) => links.map((link) => (link as HTMLElement).dataset.type));
  const before = new Set(await types());
  expect(before.has('question') && before.has('move-on'), [...before].join()).toBe(true);

  // The page kind is a filter, not words of the page.
  for (const excerpt of await page.locator('.search-result__excerpt').allTextContents()) {
    expect(excerpt).not.toMatch(/^\s*(template|move-on|question|article)\b/);
  }

  await page.getByRole('radio', { name: 'Questions', exact: true }).check();
  await expect(page).toHaveURL(/type=question/);
  await expect.poll(async () => [...new Set(await types())]).toEqual(['question']);

  await page.getByRole('radio', { name: 'Move-on advice' }).check();
  await expect.poll(async () => [...new Set(await types())]).toEqual(['move-on']);
  await results.first().click();
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'move-on');
});

test('the article has sub-results for its sections', async ({ page }) => {
  await page.goto('/search/?q=voicemail&type=article');
  const sections = page.locator('.search-result__sections a');
  await expect(sections.first()).toBeVisible();
  await expect(sections.first()).toHaveAttribute('href', /^\/article\/#[a-z-]+$/);
});

test('keeps navigation and screen-reader-only text out of the index', async ({ page }) => {
  await page.goto('/search/?q=stores');
  // "stores" appears only in the site footer…
  await expect(page.getByRole('status')).toHaveText(/No results for “stores”/);
  // …and "section" only in the screen-reader text of the article's heading anchors.
  await page.getByRole('searchbox').fill('section');
  await expect(page.getByRole('status')).toHaveText(/No results for “section”/);
  // A word from the article body is found, so the index itself works.
  await page.getByRole('searchbox').fill('stopgap');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “stopgap”/);
});

test('works from the keyboard alone: "/" opens, arrows move, Enter follows, Esc closes', async ({ page }) => {
  await page.goto('/questions/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  const input = dialog.getByRole('searchbox');
  await expect(input).toBeFocused();
  await page.keyboard.type('pestering');
  await expect(dialog.getByRole('status')).toHaveText(/result/);

  await page.keyboard.press('ArrowDown');
  const first = dialog.getByRole('list', { name: 'Search results' }).getByRole('link').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('Control+k');
  await expect(input).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/questions\/internship-technical\/$/);
});

test('"/" typed into a field is just a character', async ({ page }) => {
  await page.goto('/guide/outcomes/ask-feedback/');
  const name = page.getByLabel('Your name');
  await name.fill('A/B');
  await expect(name).toHaveValue('A/B');
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeHidden();
});

test('the search page keeps the query in the address and explains an empty search', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByRole('status')).toHaveText('Type a word or two to search.');
  await page.getByRole('searchbox').fill('internship');
  await expect(page).toHaveURL(/\?q=internship$/);
  await page.reload();
  await expect(page.getByRole('searchbox')).toHaveValue('internship');
  await expect(page.getByRole('status')).toHaveText(/results? for “internship”/);
});

test('says plainly when there is no search index (as under astro dev)', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/questions/');
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/search index is made when the site is built/);
});

test('nothing typed straight after "/" is lost while search loads', async ({ page }) => {
  await page.goto('/article/');
  await page.keyboard.press('/');
  await page.keyboard.type('internship');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog.getByRole('searchbox')).toHaveValue('internship');
  await expect(dialog.getByRole('status')).toHaveText(/results? for “internship”/);
});

test('a reader’s own words rank the advice that carries them first: “no reply”', async ({ page }) => {
  // The outcomes whose content lists "no reply" among the words readers type.
  const carrying = [...contentFiles('templates'), ...contentFiles('move-on')]
    .filter((file) => (file.data.keywords as string[] | undefined)?.some((keyword) => keyword.toLowerCase() === 'no reply'))
    .map((file) => `/guide/outcomes/${file.id}/`);
  expect(carrying.length).toBeGreaterThanOrEqual(2);
  await page.goto('/search/?q=no%20reply');
  const results = page.getByRole('list', { name: 'Search results' }).locator('> li > a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  expect(hrefs.slice(0, carrying.length).sort()).toEqual(carrying.sort());
  // The words themselves are never shown as page text.
  await page.goto(carrying[0]!);
  await expect(page.locator('[data-search-keywords]')).toBeHidden();
});
