import type { Locator, Page } from '@playwright/test';
import { test, expect, allowPerPage } from './fixtures';
import { allPaths, isOutcome, outcomeKind, outcomeUrl, pathUrl } from '../../src/guide/guide-model';
import { t } from '../../src/i18n';

/**
 * The composer and moving around the guide on each screen a reader brings: a phone (390 × 844),
 * the narrowest phone (320 px) and a desktop, each with and without JavaScript. Elements are found
 * by role or data- hook; the paths come from the machine's own list of routes.
 */

const SCREENS = [
  { name: 'phone 390 × 844', viewport: { width: 390, height: 844 }, hasTouch: true },
  { name: 'narrow phone 320 × 640', viewport: { width: 320, height: 640 }, hasTouch: true },
  { name: 'desktop 1280 × 800', viewport: { width: 1280, height: 800 }, hasTouch: false },
] as const;

const paths = allPaths();
const longestTo = (stateId: string) =>
  paths.filter((path) => path.stateId === stateId).reduce((best, path) => (path.answers.length > best.answers.length ? path : best));
const TEMPLATE_IDS = [...new Set(paths.map((path) => path.stateId))].filter((id) => isOutcome(id) && outcomeKind(id) === 'template');
/** A path of four questions that ends at a template (Back, progress and Change have room to show). */
const LONG_TEMPLATE = paths.find((path) => path.answers.length >= 4 && isOutcome(path.stateId) && outcomeKind(path.stateId) === 'template')!;

const visible = (page: Page, selector: string) => page.locator(`[data-channel]:visible ${selector}`).first();

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
}

const top = async (locator: Locator) => (await locator.boundingBox())!.y;
const bottom = async (locator: Locator) => {
  const box = (await locator.boundingBox())!;
  return box.y + box.height;
};

/** "Question n of about m" (or "n of m"), with the number the reader is at; m is the guide's estimate. */
function progressPattern(number: number): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = (text: string) => escape(text).replace('1111', String(number)).replace('2222', '(\\d+)');
  return new RegExp(`^(?:${pattern(t('guide.progress', { number: 1111, more: 2222 }))}|${pattern(t('guide.progressExact', { number: 1111, total: 2222 }))})$`);
}

for (const screen of SCREENS) {
  const phone = screen.viewport.width < 500;

  test.describe(screen.name, () => {
    test.use({ viewport: screen.viewport, hasTouch: screen.hasTouch });

    test(`every template: the message and its Copy button come first after the title${screen.viewport.height === 844 ? ', the page is at most three screens long' : ''}, and nothing scrolls sideways`, async ({ page }) => {
      allowPerPage(TEMPLATE_IDS.length * 2, 5_000);
      for (const id of TEMPLATE_IDS) {
        for (const url of [outcomeUrl(id), pathUrl(longestTo(id).answers)]) {
          await page.goto(url);
          const title = await bottom(page.locator('h1'));
          const copy = visible(page, '[data-copy]');
          const message = visible(page, '[data-message]');
          // Straight after the title: before "Why this fits" and the advice.
          expect(await top(copy), url).toBeGreaterThan(title);
          expect(await top(message), url).toBeLessThan(await top(page.locator('[data-why-this-fits]')));
          // On the first screen (the 320 px phone is short, too: there within a screen of the title).
          const screenEnd = screen.viewport.height + (screen.viewport.width <= 320 ? title : 0);
          expect(await bottom(copy), `${url}: Copy on the first screen`).toBeLessThanOrEqual(screenEnd);
          expect(await top(message), `${url}: the message starts on the first screen`).toBeLessThan(screenEnd);
          // The phone: what to do, the message and the ways to send it; the rest folded (details empty).
          if (screen.viewport.height === 844) {
            const height = await page.evaluate(() => document.documentElement.scrollHeight);
            expect(height, `${url}: ${(height / 844).toFixed(2)} screens`).toBeLessThanOrEqual(3 * 844);
          }
          await noSidewaysScroll(page);
        }
      }
    });

    test('copying with blanks left lists them; filled in, Copy says so on the button', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(pathUrl(LONG_TEMPLATE.answers));
      const copy = visible(page, '[data-copy]');
      const copyLabel = (await copy.textContent())!.trim();
      await copy.click();
      const summary = visible(page, '[data-gap-summary]');
      await expect(summary).toBeVisible();
      await expect(summary).toBeFocused();
      await expect(summary).toBeInViewport();
      // Each blank left is a link to its input in the message.
      const links = summary.getByRole('link');
      expect(await links.count()).toBeGreaterThan(0);
      await links.first().click();
      await expect(page.locator('[data-channel]:visible [data-blank-input]:focus')).toHaveCount(1);
      for (const input of await page.locator('[data-channel]:visible [data-blank-input]').all()) {
        if (!(await input.inputValue())) await input.fill('Sam');
      }
      await expect(summary).toBeHidden();
      await copy.click();
      await expect(copy).toHaveText(t('composer.copied'));
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('Sam');
      await expect(copy).toHaveText(copyLabel);
      await noSidewaysScroll(page);
    });

    test('"Edit the whole message" fits the screen and keeps the edit', async ({ page }) => {
      await page.goto(outcomeUrl(TEMPLATE_IDS[0]!));
      await page.locator('[data-template-tool]').hover();
      await expect(page.locator('[data-template-tool]')).toHaveAttribute('data-connected', 'true');
      await visible(page, '[data-edit-toggle]').click();
      const editor = visible(page, '[data-edit-body]');
      await expect(editor).toBeFocused();
      await editor.fill('My own words, all of them.');
      await noSidewaysScroll(page);
      await page.reload();
      await expect(visible(page, '[data-edit-body]')).toHaveValue('My own words, all of them.');
    });

    test('Back at the top, how far through, Change marking the earlier answer, answers folded on the outcome', async ({ page }) => {
      const answers = LONG_TEMPLATE.answers;
      await page.goto(pathUrl(answers.slice(0, 2)));
      await expect(page.locator('[data-progress]')).toHaveText(progressPattern(3));
      const back = page.locator('[data-back]');
      await expect(back).toBeInViewport();
      expect(await bottom(back)).toBeLessThanOrEqual(await top(page.locator('h1')));
      await back.click();
      await expect(page).toHaveURL(pathUrl(answers.slice(0, 1)));
      await expect(page.locator('[data-progress]')).toHaveText(progressPattern(2));
      // The outcome: answers folded near the top; Change opens the question with the earlier answer marked.
      await page.goto(pathUrl(answers));
      await expect(page.locator('[data-back]')).toBeInViewport();
      const summary = page.locator('.answer-summary');
      expect(await top(summary)).toBeLessThan(await top(visible(page, '[data-message]')));
      await expect(summary.getByRole('link', { name: t('guide.startAgain') })).toBeHidden();
      await summary.locator('summary').click();
      await summary.locator('.answer-summary__row').nth(1).getByRole('link').click();
      await expect(page.locator(`[data-answer="${answers[1]}"] [data-earlier-tag]`)).toBeVisible();
      await expect(page.locator(`[data-answer="${answers[1]}"]`)).toBeInViewport();
      await noSidewaysScroll(page);
    });
  });

  test.describe(`${screen.name}, without JavaScript`, () => {
    test.use({ viewport: screen.viewport, hasTouch: screen.hasTouch, javaScriptEnabled: false });

    test('the message reads with its blanks marked, straight after the title; the channel choice works', async ({ page }) => {
      await page.goto(outcomeUrl('thank-for-feedback'));
      const message = page.locator('[data-channel]:visible [data-message]');
      await expect(message.locator('[data-blank][data-label]').first()).toBeVisible();
      if (phone) expect(await top(message)).toBeLessThan(screen.viewport.height + (await bottom(page.locator('h1'))));
      await expect(page.locator('[data-copy]').first()).toBeHidden();
      await page.getByRole('radio', { name: t('composer.channel.linkedin') }).check();
      await expect(page.locator('[data-channel="linkedin"]')).toBeVisible();
      await expect(page.locator('[data-channel="thread"]')).toBeHidden();
      await noSidewaysScroll(page);
    });

    test('Back is a plain link to the previous step; Change marks the earlier answer; answers fold on the outcome', async ({ page }) => {
      const answers = LONG_TEMPLATE.answers;
      await page.goto(pathUrl(answers.slice(0, 2)));
      await expect(page.locator('[data-progress]')).toHaveText(progressPattern(3));
      await page.locator('[data-back]').click();
      await expect(page).toHaveURL(pathUrl(answers.slice(0, 1)));
      await page.goto(pathUrl(answers));
      const summary = page.locator('.answer-summary');
      await expect(summary.getByRole('link', { name: t('guide.startAgain') })).toBeHidden();
      await summary.locator('summary').click();
      await summary.locator('.answer-summary__row').nth(1).getByRole('link').click();
      await expect(page.locator(`[data-answer="${answers[1]}"] [data-earlier-tag]`)).toBeVisible();
      await expect(page.locator(`[data-answer]:not([data-answer="${answers[1]}"]) [data-earlier-tag]:visible`)).toHaveCount(0);
      await noSidewaysScroll(page);
    });
  });
}

test.describe('phone with its keyboard open, 390 × 500', () => {
  test.use({ viewport: { width: 390, height: 500 }, hasTouch: true });

  test('every template: with the last blank focused, Copy is in view; Enter goes from blank to blank, and from the last to Copy', async ({ page }) => {
    allowPerPage(TEMPLATE_IDS.length, 6_000);
    for (const id of TEMPLATE_IDS) {
      await page.goto(outcomeUrl(id));
      await page.locator('[data-template-tool]').hover();
      await expect(page.locator('[data-template-tool]')).toHaveAttribute('data-connected', 'true');
      const section = page.locator('[data-channel]:visible').first();
      const blanks = section.locator('[data-blank-input]');
      const count = await blanks.count();
      expect(count, id).toBeGreaterThan(0);
      await blanks.first().focus();
      for (let index = 1; index < count; index++) {
        await page.keyboard.press('Enter');
        await expect(blanks.nth(index), `${id}: Enter moves to blank ${index + 1}`).toBeFocused();
      }
      // The last blank has focus, low on the page: Copy is still in view.
      await expect(section.locator('[data-copy]').first(), `${id}: Copy in view`).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(section.locator('[data-copy]').first(), `${id}: from the last blank, Enter goes to Copy`).toBeFocused();
    }
  });
});
