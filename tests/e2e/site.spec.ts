import { test, expect, sitemapPaths, allowPerPage, islandsArrived } from './fixtures';
import { t } from '../../src/i18n';
import { GUIDE_ROOT } from '../../src/guide/guide-urls';
import { QUESTION_GROUP_IDS, questionGroupLabel } from '../../src/lib/question-groups';
import { contentFiles, questionTitle } from '../support/content-files';

/** Words come from src/i18n (t) and the content files, so a copy edit breaks no test. */

test('home → article → a section link', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('home.title'));
  await page.getByRole('link', { name: t('home.articleLink') }).click();
  await expect(page).toHaveURL(/\/article\/$/);
  const readingTime = page.locator('[data-reading-time]');
  await expect(readingTime).toBeVisible();
  const minutes = Number(await readingTime.getAttribute('data-reading-time'));
  expect(minutes).toBeGreaterThan(0);
  await expect(readingTime).toHaveText(t('article.minutes', { minutes }));
  const { credit } = contentFiles('article')[0]!.data as { credit: { author: string; title: string; publisher: string; year: number } };
  await expect(page.locator('[data-article-credit]')).toBeVisible();
  await expect(page.locator('[data-article-credit]')).toHaveText(t('article.credit', credit));

  const toc = page.getByRole('navigation', { name: t('toc.title') });
  // A section in the middle of the article (the third in its table of contents).
  const sectionLink = toc.getByRole('link').nth(2);
  const anchor = (await sectionLink.getAttribute('href'))!;
  expect(anchor).toMatch(/^#[a-z0-9-]+$/);
  const heading = page.locator(anchor);
  await expect(sectionLink).toHaveText((await heading.textContent())!);
  await sectionLink.click();
  await expect(page).toHaveURL(new RegExp(`${anchor}$`));
  await expect(heading).toBeInViewport();
  // Each section heading carries its own shareable anchor.
  await expect(page.locator(`${anchor} + a[href="${anchor}"]`)).toHaveCount(1);
  // The article ends by sending readers to the guide.
  await expect(page.getByRole('link', { name: t('guide.start') }).last()).toHaveAttribute('href', GUIDE_ROOT);
});

test('questions index → a question → its related links', async ({ page }) => {
  await page.goto('/questions/');
  const groups = page.locator('main h2');
  await expect(groups).toHaveText(QUESTION_GROUP_IDS.map((id) => t(questionGroupLabel(id))));
  await page.getByRole('link', { name: questionTitle('reposted') }).click();
  await expect(page).toHaveURL(/\/questions\/reposted\/$/);
  await expect(page.getByRole('heading', { name: t('question.situation') })).toBeVisible();
  await expect(page.getByRole('heading', { name: t('question.answer') })).toBeVisible();
  await expect(page.getByRole('heading', { name: t('nextSteps.title') })).toBeVisible();

  // To the matching guide outcome…
  const outcome = page.getByRole('link', { name: t('question.guideLink') });
  await expect(outcome).toHaveAttribute('href', '/guide/outcomes/reapply-reposted/');
  // …and to related questions, which resolve.
  const related = page.getByRole('navigation', { name: t('question.related') }).getByRole('link');
  await expect(related).toHaveCount(2);
  await related.first().click();
  await expect(page).toHaveURL(/\/questions\/not-filling(-why)?\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the guide outcome lists the questions that point to it', async ({ page }) => {
  await page.goto('/guide/outcomes/reapply-reposted/');
  // Under "Read more", folded after the message.
  await page.locator('.outcome-related > summary').click();
  await expect(page.getByRole('link', { name: questionTitle('reposted') })).toHaveAttribute('href', '/questions/reposted/');
});

test('an unknown page gets a helpful 404', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('notFound.heading'));
  const guideLink = page.getByRole('main').getByRole('link', { name: t('notFound.guide') });
  await expect(guideLink).toBeVisible();
  await expect(guideLink).toHaveAttribute('href', GUIDE_ROOT);
  await expect(page.locator('[data-guide-notice]')).toBeHidden();
  await expect(page.locator('[data-not-found-lede]')).toBeVisible();
});

test('the dark mode toggle wins over the system setting and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: t('header.darkMode') });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await background()).not.toBe(light);

  await page.goto('/questions/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: t('header.darkMode') })).toHaveAttribute('aria-pressed', 'true');
  expect(await background()).not.toBe(light);

  await page.getByRole('button', { name: t('header.darkMode') }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe(light);
});

for (const width of [390, 1280]) {
  test(`at ${width} px the theme toggle shows which theme is on, as a switch`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const toggle = page.getByRole('button', { name: t('header.darkMode') });
    const knob = page.locator('[data-theme-switch] > *');
    /** Where the knob sits in its track: 0 at the start, 1 at the end. */
    const knobAt = async () => {
      const track = (await page.locator('[data-theme-switch]').boundingBox())!;
      const box = (await knob.boundingBox())!;
      return (box.x - track.x) / (track.width - box.width);
    };
    await expect(knob).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(await knobAt()).toBeLessThan(0.3);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(knobAt).toBeGreaterThan(0.7);
  });
}

test('follows the system theme until the reader chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: t('header.darkMode') })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
});

test('a skip link jumps to the content', async ({ page }) => {
  await page.goto('/article/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: t('layout.skipToContent') });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('every page has its own title, description, canonical URL and Open Graph tags', async ({ page }) => {
  const seen = new Set<string>();
  for (const path of ['/', '/article/', '/questions/', '/questions/mismatch/', '/guide/', '/guide/outcomes/ask-feedback/']) {
    await page.goto(path);
    const title = await page.title();
    expect(seen.has(title), `${path} title is unique`).toBe(false);
    seen.add(title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{50,}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path.replace(/\//g, '\\/')}$`));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', /^https?:\/\//);
  }
});

test('no sentence runs into the next one on any page', async ({ page }) => {
  // Two translated pieces set side by side lose the space between them ("one page.For your desk").
  const paths = [...(await sitemapPaths(page)), '/404.html'];
  allowPerPage(paths.length);
  for (const path of paths) {
    await page.goto(path);
    // With what the islands write (the search page's status line, …), not the page before they arrive.
    await islandsArrived(page);
    const text = await page.locator('body').innerText();
    expect(text.match(/\S*[a-z][.!?][”’]?[A-Z]\S*/g), path).toBeNull();
  }
});

test('every box a reader types in takes a sensible length, never a megabyte', async ({ page }) => {
  // The search dialog is on every page; the others hold the search page's box, the counsellors'
  // filter, and a composer's details, blanks, message editor and reminder.
  for (const url of ['/search/', '/counselors/', '/guide/outcomes/thank-for-feedback/', '/guide/no-reply/interviews/in-touch-by-email/date-to-come/']) {
    await page.goto(url);
    const tool = page.locator('[data-template-tool]');
    if (await tool.count()) {
      await tool.hover();
      await expect(tool).toHaveAttribute('data-connected', 'true');
    }
    // Dates have no length: their own check refuses a year past 9999.
    const boxes = await page
      .locator('input:not([type="radio"], [type="checkbox"], [type="date"], [type="hidden"]), textarea')
      .evaluateAll((fields) => fields.map((field) => ({ id: field.id || (field as HTMLInputElement).name, max: (field as HTMLInputElement).maxLength })));
    expect(boxes.length, url).toBeGreaterThan(1);
    for (const { id, max } of boxes) {
      expect(max, `${url} ${id}`).toBeGreaterThan(0);
      expect(max, `${url} ${id}`).toBeLessThanOrEqual(3_000);
    }
  }
});

test('prints without the site chrome', async ({ page }) => {
  await page.goto('/article/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('article h1')).toBeVisible();
});

test('reads comfortably at 320 px without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/article/', '/questions/', '/guide/', '/guide/outcomes/last-check-in/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('honours reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/article/');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
});

test('text zoomed to 200 % loses no content (WCAG 1.4.4)', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  for (const path of ['/', '/article/', '/questions/reposted/', '/guide/', '/guide/outcomes/ask-feedback/', '/counselors/']) {
    await page.goto(path);
    // Text-only zoom: the root font size doubles and everything sized in rem/em follows.
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(bodySize, `${path} text grew`).toBeGreaterThanOrEqual(32);
    // Header controls and the page heading stay on screen.
    for (const locator of [page.getByRole('banner').getByRole('link', { name: t('header.search') }), page.locator('h1').first()]) {
      const box = (await locator.boundingBox())!;
      expect(box.x + box.width, path).toBeLessThanOrEqual(1024);
    }
  }
});

test.describe('look and feel', () => {
  test('on a short page the footer sits at the bottom of the window', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.goto('/no-such-page/');
    const footer = (await page.locator('.site-footer').boundingBox())!;
    expect(Math.round(footer.y + footer.height)).toBe(1400);
  });

  for (const width of [390, 1280]) {
    test(`at ${width} px every heading is clearly larger than body text`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      // Headings a reader can see (not the notices and channels hidden until needed).
      const sizes = (selector: string) =>
        page.locator(selector).evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).map((element) => parseFloat(getComputedStyle(element).fontSize)));
      for (const path of ['/article/', '/questions/not-filling/', '/guide/outcomes/last-check-in/', '/', '/questions/', '/counselors/']) {
        await page.goto(path);
        const [body] = await sizes('body');
        for (const size of await sizes('main h1')) expect(size, `${path} h1`).toBeGreaterThanOrEqual(body! * 1.5);
        const h2s = await sizes('main h2:not(.sr-only)');
        expect(h2s.length, path).toBeGreaterThan(0);
        for (const size of h2s) expect(size, `${path} h2`).toBeGreaterThanOrEqual(body! * 1.15);
      }
      await page.goto('/article/');
      const [body] = await sizes('.prose p');
      for (const size of await sizes('.prose h2')) expect(size).toBeGreaterThanOrEqual(body! * 1.4);
      for (const size of await sizes('.prose h3')) expect(size).toBeGreaterThanOrEqual(body! * 1.2);
    });
  }

  test('card and button links carry no underline; links in prose keep theirs', async ({ page }) => {
    const lines = (selector: string) => page.locator(selector).evaluateAll((elements) => elements.map((element) => getComputedStyle(element).textDecorationLine));
    for (const path of ['/', '/questions/', '/guide/', '/guide/outcomes/last-check-in/']) {
      await page.goto(path);
      const cardsAndButtons = await lines('.card :is(h2, h3) a, a.button, a.answer, .qa-groups a');
      expect(cardsAndButtons.length, path).toBeGreaterThan(0);
      expect(new Set(cardsAndButtons), path).toEqual(new Set(['none']));
    }
    for (const path of ['/article/', '/questions/not-filling/']) {
      await page.goto(path);
      expect(new Set(await lines('.prose p a')), path).toEqual(new Set(['underline']));
    }
  });

  test('the article offers the guide near its top, and its contents stay in view on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/article/');
    const guideLink = page.locator('article header').getByRole('link', { name: t('article.guideNearTopLink') });
    await expect(guideLink).toBeInViewport();
    await expect(guideLink).toHaveAttribute('href', GUIDE_ROOT);
    await page.locator('.prose h2').last().scrollIntoViewIfNeeded();
    await expect(page.getByRole('navigation', { name: t('toc.title') })).toBeInViewport();
  });

  test('on a phone the contents come before the article, not beside it', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/article/');
    const toc = (await page.getByRole('navigation', { name: t('toc.title') }).boundingBox())!;
    const prose = (await page.locator('.prose').boundingBox())!;
    expect(toc.y + toc.height).toBeLessThanOrEqual(prose.y);
  });
});
