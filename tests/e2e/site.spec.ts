import { test, expect } from './fixtures';

test('home → article → a section link', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Turned down for a job');
  await page.getByRole('link', { name: 'Why a follow-up note is worth sending' }).click();
  await expect(page).toHaveURL(/\/article\/$/);
  await expect(page.getByText(/\d+ min read/)).toBeVisible();
  await expect(page.getByText(/Chandlee Bryan.*2012/)).toBeVisible();

  const toc = page.getByRole('navigation', { name: 'On this page' });
  const sectionLink = toc.getByRole('link', { name: 'How to write the note' });
  await sectionLink.click();
  await expect(page).toHaveURL(/#how-to-write-the-note$/);
  await expect(page.locator('#how-to-write-the-note')).toBeInViewport();
  // Each section heading carries its own shareable anchor.
  await expect(page.locator('#how-to-write-the-note + a[href="#how-to-write-the-note"]')).toHaveCount(1);
  // The article ends by sending readers to the guide.
  await expect(page.getByRole('link', { name: 'Start the guide' }).last()).toHaveAttribute('href', '/guide/');
});

test('questions index → a question → its related links', async ({ page }) => {
  await page.goto('/questions/');
  const groups = page.locator('main h2');
  await expect(groups).toHaveText([/Silence/, /not filled/, /internships/, /Not a fit/]);
  await page.getByRole('link', { name: /advertised again/ }).click();
  await expect(page).toHaveURL(/\/questions\/reposted\/$/);
  await expect(page.getByRole('heading', { name: 'The situation' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Our answer' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible();

  // To the matching guide outcome…
  const outcome = page.getByRole('link', { name: 'See the guide’s advice' });
  await expect(outcome).toHaveAttribute('href', '/guide/outcomes/reapply-reposted/');
  // …and to related questions, which resolve.
  const related = page.getByRole('navigation', { name: 'Related questions' }).getByRole('link');
  await expect(related).toHaveCount(2);
  await related.first().click();
  await expect(page).toHaveURL(/\/questions\/not-filling(-why)?\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the guide outcome lists the questions that point to it', async ({ page }) => {
  await page.goto('/guide/outcomes/reapply-reposted/');
  await expect(page.getByRole('link', { name: /advertised again/ })).toHaveAttribute('href', '/questions/reposted/');
});

test('an unknown page gets a helpful 404', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t find that page');
  await expect(page.getByRole('link', { name: /The guide/ }).first()).toBeVisible();
  await expect(page.locator('[data-guide-notice]')).toBeHidden();
});

test('the dark mode toggle wins over the system setting and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await background()).not.toBe(light);

  await page.goto('/questions/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');
  expect(await background()).not.toBe(light);

  await page.getByRole('button', { name: 'Dark mode' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe(light);
});

test('follows the system theme until the reader chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
});

test('a skip link jumps to the content', async ({ page }) => {
  await page.goto('/article/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
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
    for (const locator of [page.getByRole('banner').getByRole('link', { name: 'Search' }), page.locator('h1').first()]) {
      const box = (await locator.boundingBox())!;
      expect(box.x + box.width, path).toBeLessThanOrEqual(1024);
    }
  }
});
