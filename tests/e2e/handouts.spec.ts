import { test, expect, allowPerPage } from './fixtures';
import { readQrCodeFromPdf } from '../support/pdf-qr';
import { allPaths, OUTCOME_IDS, outcomeUrl, pathUrl } from '../../src/guide/guide-model';

const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

/** For each outcome: its own page, and the longest path to it (the most "why this fits" lines). */
const handoutUrls = OUTCOME_IDS.flatMap((id) => {
  const longest = allPaths()
    .filter((path) => path.stateId === id)
    .reduce((best, path) => (path.answers.length > best.answers.length ? path : best));
  return [outcomeUrl(id), pathUrl(longest.answers)];
});

test(`every outcome prints as exactly one page on A4 and on US Letter, its QR code leading to the advice (${handoutUrls.length} pages × 2 sizes)`, async ({ page, context }) => {
  allowPerPage(handoutUrls.length, 20_000);
  for (const url of handoutUrls) {
    await page.goto(url);
    // The code leads to the advice's own address, whichever path printed it.
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical, url).toMatch(/^https?:\/\/[^/]+\/guide\/outcomes\/[a-z-]+\/$/);
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format });
      expect(pageCount(pdf), `${url} on ${format}`).toBe(1);
      expect(await readQrCodeFromPdf(context, pdf), `${url} on ${format}`).toBe(canonical);
    }
  }
});

test('a page printed without its QR code would fail the check above', async ({ page, context }) => {
  // The reader of the check itself: no code on the paper, nothing read.
  await page.goto('/guide/outcomes/last-check-in/');
  await page.locator('[data-handout-footer] img').evaluate((code) => code.remove());
  expect(await readQrCodeFromPdf(context, await page.pdf({ format: 'A4' }))).toBeNull();
});

test('the handout leaves out the site chrome and keeps the advice, the message and the way back', async ({ page, baseURL }) => {
  await page.goto('/guide/no-reply/interviews/in-touch-by-email/date-passed/under-six-weeks/not-since/');
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.site-footer', '[data-template-form]', '[data-copy]', '.guide-nav', '.answer-summary', '[data-back]']) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  }
  await expect(page.locator('h1')).toBeVisible();
  // One line for each of the path's six answers.
  await expect(page.locator('.why-fits li')).toHaveCount(6);
  // What is folded on screen prints open: the reasons and the tips.
  await expect(page.locator('.why-fits li').first()).toBeVisible();
  await expect(page.locator('[data-tips] li').first()).toBeVisible();
  await expect(page.locator('[data-template-output]').first()).toBeVisible();
  // The way back is the advice's own address, printed without its scheme, and a box for the next step.
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
  await expect(page.locator('[data-handout-link]')).toHaveText(canonical.replace(/^https?:\/\//, ''));
  await expect(page.locator('[data-handout-footer]').getByRole('img')).toBeVisible();
  await expect(page.locator('[data-handout-footer] .handout-line')).toHaveCount(2);
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
  // The blanks' inputs come with the composer, which the typing above brings after first paint:
  // until then there is no empty input, and "hidden" would hold of none.
  const emptyInputs = message.locator('[data-blank-input]:placeholder-shown');
  await expect(emptyInputs).not.toHaveCount(0);
  await expect(emptyInputs.first()).toBeHidden();
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

test('the Print buttons open the print dialog: on an outcome, and on the guide’s overview', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {
      const counted = window as unknown as { __printed?: number };
      counted.__printed = (counted.__printed ?? 0) + 1;
    };
  });
  for (const url of ['/guide/outcomes/last-check-in/', '/counselors/overview/']) {
    await page.goto(url);
    await page.locator('[data-print]').click();
    // A click made before the page's islands are ready is held and made once they are: wait for it.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __printed?: number }).__printed), { message: url }).toBe(1);
  }
});
