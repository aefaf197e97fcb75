import { test, expect, allowPerPage } from './fixtures';
import { allPaths, OUTCOME_IDS, outcomeUrl, pathUrl } from '../../src/guide/guide-model';

const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

/** For each outcome: its own page, and the longest path to it (the most "why this fits" lines). */
const handoutUrls = OUTCOME_IDS.flatMap((id) => {
  const longest = allPaths()
    .filter((path) => path.stateId === id)
    .reduce((best, path) => (path.answers.length > best.answers.length ? path : best));
  return [outcomeUrl(id), pathUrl(longest.answers)];
});

test(`every outcome prints as exactly one page on A4 and on US Letter (${handoutUrls.length} pages × 2 sizes)`, async ({ page }) => {
  allowPerPage(handoutUrls.length, 12_000);
  for (const url of handoutUrls) {
    await page.goto(url);
    for (const format of ['A4', 'Letter']) {
      expect(pageCount(await page.pdf({ format })), `${url} on ${format}`).toBe(1);
    }
  }
});

test('the handout leaves out the site chrome and keeps the advice, the message and the way back', async ({ page, baseURL }) => {
  await page.goto('/guide/no-reply/interviews/date-passed/under-six-weeks/not-since/');
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.site-footer', '[data-template-form]', '[data-copy]', '.guide-nav', '.answer-summary', '[data-back]']) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  }
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.why-fits li')).toHaveCount(5);
  await expect(page.locator('[data-template-output]').first()).toBeVisible();
  await expect(page.locator('.handout-link')).toHaveText(/\/guide\/no-reply\/interviews\/date-passed\/under-six-weeks\/not-since\/$/);
  expect(baseURL).toBeTruthy();
});

test('blank fields print as lines to fill in; filled ones print the reader’s words', async ({ page }) => {
  await page.goto('/guide/outcomes/ask-which-role/');
  await page.locator('[data-template-field][name="yourName"]').fill('Sam Taylor');
  await page.emulateMedia({ media: 'print' });
  const message = page.locator('[data-channel]:visible [data-template-output]');
  // Empty blanks print as lines (their words invisible, the label underneath)…
  const line = message.locator('.template-blank').first();
  await expect(line).toBeVisible();
  await expect(line).toHaveCSS('color', 'rgba(0, 0, 0, 0)');
  await expect(message.locator('[data-blank-input]:placeholder-shown').first()).toBeHidden();
  // …and the reader's own words print as they typed them.
  await expect(message.locator('[data-blank-input][name="yourName"]')).toBeVisible();
  await expect(message.locator('[data-blank-input][name="yourName"]')).toHaveValue('Sam Taylor');
  await expect(message.locator('.template-blank[data-blank="yourName"]')).toBeHidden();
});

test('without JavaScript, blanks print as labelled lines', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/guide/outcomes/ask-which-role/');
  await page.emulateMedia({ media: 'print' });
  const blanks = page.locator('[data-channel]:visible [data-template-output] .template-blank');
  expect(await blanks.count()).toBeGreaterThan(0);
  await expect(blanks.first()).toHaveCSS('color', 'rgba(0, 0, 0, 0)');
  await context.close();
});
