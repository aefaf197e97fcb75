import type { Page, Route } from '@playwright/test';
import { test, expect } from './fixtures';
import { t } from '../../src/i18n';
import { LAZY_SCRIPTS, type LazyScript } from '../../src/lib/lazy-scripts';

/**
 * No dead controls: each lazy script fails to load in turn (offline, blocked, or gone after a
 * redeploy), and every control still works as a plain link or form, or says what failed. Once the
 * script can load again, the next use works without a reload.
 */

/** Makes one lazy script (by its chunk's name, lazy-<name>.<hash>.js) fail until `failing` is set to false. */
async function failScript(page: Page, name: LazyScript) {
  const state = { failing: true };
  await page.route(new RegExp(`/lazy-${name}\\.[^/]*\\.js$`), (route) => (state.failing ? route.abort('failed') : route.fallback()));
  return state;
}

/** The island's note saying what did not load (empty, and not shown, until then). */
const note = (page: Page) => page.locator('[data-load-failed]');

/** A mark on the window that only a full page load removes: the step was shown in place when it survives. */
const markWindow = (page: Page) => page.evaluate(() => ((window as { stayed?: boolean }).stayed = true));
const windowMarked = (page: Page) => page.evaluate(() => (window as { stayed?: boolean }).stayed === true);

const TEMPLATE_OUTCOME = '/guide/outcomes/thank-for-feedback/';

test('every lazy script is covered here', () => {
  // A new lazy script needs a test below: a failure of its load must leave nothing dead.
  expect(Object.keys(LAZY_SCRIPTS).sort()).toEqual(
    [
      'brokenLinkNotice',
      'counsellorsIsland',
      'describeBox',
      'followUpsActions',
      'followUpsIsland',
      'guideIsland',
      'guideReplay',
      'mapIsland',
      // Its failure is tested with Present itself (present.spec.ts).
      'mapPresent',
      'notFoundIsland',
      'phraseMatcher',
      'search',
      'searchPageIsland',
      'templateTool',
    ].sort(),
  );
});

test.describe('the guide’s island fails', () => {
  test('an answer still goes to its step', async ({ page }) => {
    await failScript(page, 'guideIsland');
    await page.goto('/guide/');
    await expect(note(page)).toHaveText(t('loadFailed.guide'));
    const answer = page.locator('a[data-answer]').first();
    const href = await answer.getAttribute('href');
    await answer.click();
    await expect(page).toHaveURL(href!);
    await expect(page.locator('[data-guide-heading]')).toBeVisible();
  });

  test('Copy says why it can’t work, and works once the script can load', async ({ page }) => {
    const script = await failScript(page, 'guideIsland');
    await page.goto(TEMPLATE_OUTCOME);
    const copy = page.locator('[data-template-copy]').first();
    await copy.click();
    await expect(note(page)).toHaveText(t('loadFailed.guide'));
    await expect(note(page)).toBeInViewport();
    await expect(page.locator('[data-gap-summary]:visible')).toHaveCount(0);

    script.failing = false;
    await copy.click();
    // The composer has answered the click: with blanks still empty, it first lists them.
    await expect(page.locator('[data-gap-summary]:visible')).toHaveCount(1);
    await expect(note(page)).toBeEmpty();
  });
});

test('the machine fails: an answer loads its step as a page, and in place once it can', async ({ page }) => {
  const script = await failScript(page, 'guideReplay');
  await page.goto('/guide/');
  await expect(page.locator('guide-flow')).toHaveAttribute('data-island-ready', '');
  await markWindow(page);
  const first = page.locator('a[data-answer]').first();
  const firstHref = await first.getAttribute('href');
  await first.click();
  await expect(page).toHaveURL(firstHref!);
  expect(await windowMarked(page)).toBe(false);

  script.failing = false;
  await expect(page.locator('guide-flow')).toHaveAttribute('data-island-ready', '');
  await markWindow(page);
  const second = page.locator('a[data-answer]').first();
  const secondHref = await second.getAttribute('href');
  await second.click();
  await expect(page).toHaveURL(secondHref!);
  await expect(page.locator('[data-guide-heading]')).toBeFocused();
  expect(await windowMarked(page)).toBe(true);
});

test('the composer fails: Copy says why, and works on the next click once it can load', async ({ page }) => {
  const script = await failScript(page, 'templateTool');
  await page.goto(TEMPLATE_OUTCOME);
  await expect(page.locator('guide-flow')).toHaveAttribute('data-island-ready', '');
  const copy = page.locator('[data-template-copy]').first();
  await copy.click();
  await expect(note(page)).toHaveText(t('loadFailed.guide'));
  await expect(note(page)).toBeInViewport();

  script.failing = false;
  await copy.click();
  await expect(page.locator('[data-gap-summary]:visible')).toHaveCount(1);
  await expect(note(page)).toBeEmpty();
});

test('the composer’s failure note goes with its step', async ({ page }) => {
  await failScript(page, 'templateTool');
  await page.goto(TEMPLATE_OUTCOME);
  await expect(page.locator('guide-flow')).toHaveAttribute('data-island-ready', '');
  await page.locator('[data-template-copy]').first().click();
  await expect(note(page)).toHaveText(t('loadFailed.guide'));
  // Shown in place: the guide's first question has no composer, so nothing there failed.
  await page.locator('a[data-guide-nav][href="/guide/"]').click();
  await expect(page.locator('[data-step="what-happened"]')).toBeVisible();
  await expect(note(page)).toBeEmpty();
});

test('the map viewer fails: the map scrolls as without JavaScript and says so, and a touch tries again', async ({ page }) => {
  const script = await failScript(page, 'mapIsland');
  await page.goto('/guide/map/');
  await expect(page.locator('html')).toHaveAttribute('data-islands', 'ready');
  // No zoom buttons that do nothing: the hint says to scroll, as it does without JavaScript.
  await expect(page.locator('[data-map-zoom]').first()).toBeHidden();
  await expect(page.locator('#map-hint [data-without-js]')).toBeVisible();

  script.failing = false;
  await page.getByRole('region', { name: t('map.diagram') }).click({ position: { x: 5, y: 5 } });
  await expect(page.locator('[data-zoomable]')).toHaveCount(1);
  await expect(page.locator('[data-map-zoom]').first()).toBeVisible();
  await expect(page.locator('#map-hint [data-without-js]')).toBeHidden();
});

test.describe('the counsellors’ island fails', () => {
  const filterName = t('directory.filter');

  test('the filter’s place says so, a copy button far down says so in view, and both work once the script can load', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const script = await failScript(page, 'counsellorsIsland');
    await page.goto('/counselors/');
    await expect(note(page)).toHaveText(t('loadFailed.counsellors'));
    await expect(page.getByRole('searchbox', { name: filterName })).toBeHidden();

    const item = page.locator('[data-directory-path]').last();
    const copy = item.getByRole('button', { name: t('directory.copyLink') });
    await copy.click();
    await expect(note(page)).toBeInViewport();
    // Its route's link still opens it.
    await expect(item.getByRole('link')).toHaveAttribute('href', /^\/guide\//);

    script.failing = false;
    await copy.click();
    const url = `${baseURL}/guide/${await item.getAttribute('data-directory-path')}/`;
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await expect(note(page)).toBeEmpty();
    const filter = page.getByRole('searchbox', { name: filterName });
    await expect(filter).toBeVisible();
    await filter.fill('internship');
    await expect(page.locator('[data-directory-path]:visible')).not.toHaveCount(await page.locator('[data-directory-path]').count());
  });

  test('the filter says when the readers’ words could not load, and uses them once they can', async ({ page }) => {
    let failing = true;
    await page.route('**/counselors/words.json', (route) => (failing ? route.fulfill({ status: 503, body: '' }) : route.fallback()));
    await page.goto('/counselors/');
    const filter = page.getByRole('searchbox', { name: filterName });
    const wordsNote = page.locator('[data-directory-words-failed]');
    await filter.fill('talent');
    await expect(wordsNote).toHaveText(t('directory.wordsFailed'));
    // "Talent team" is only in the words readers type for an automatic rejection.
    await expect(page.locator('[data-directory-outcome="move-on-automated"]')).toBeHidden();

    failing = false;
    await filter.press('End');
    await filter.pressSequentially(' team');
    await expect(wordsNote).toBeEmpty();
    await expect(page.locator('[data-directory-outcome="move-on-automated"]')).toBeVisible();
  });
});

test('the “what happened?” box’s script fails: it says so, Enter searches for the words, and the next focus tries again', async ({ page }) => {
  const script = await failScript(page, 'describeBox');
  await page.goto('/guide/');
  const box = page.locator('[data-describe-input]');
  await box.fill('offer pulled');
  await expect(page.locator('[data-describe-status]')).toHaveText(t('describe.failed'));
  await expect(page.locator('a[data-describe-suggestion]')).toHaveCount(0);

  // Once the script can load, the next time the box takes focus it works.
  script.failing = false;
  await page.locator('[data-guide-heading]').focus();
  await box.focus();
  await expect(page.locator('a[data-describe-suggestion]').first()).toHaveAttribute('href', '/guide/offer-withdrawn/');

  // And without it, Enter takes the words to search.
  await page.goto('/counselors/');
  script.failing = true;
  await page.locator('[data-describe-input]').fill('offer pulled');
  await expect(page.locator('[data-describe-status]')).toHaveText(t('describe.failed'));
  await page.locator('[data-describe-input]').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=offer\+pulled$/);
});

test('the counsellors’ filter’s matcher fails: the filter says so, still finds what the page shows, and uses it once it can load', async ({ page }) => {
  const script = await failScript(page, 'phraseMatcher');
  await page.goto('/counselors/');
  const filter = page.getByRole('searchbox', { name: t('directory.filter') });
  await filter.fill('internship');
  await expect(page.locator('[data-directory-words-failed]')).toHaveText(t('directory.wordsFailed'));
  await expect(page.locator('[data-directory-path]:visible')).not.toHaveCount(0);
  await expect(page.locator('[data-directory-path]:visible')).not.toHaveCount(await page.locator('[data-directory-path]').count());
  // Once the matcher can load, the next keystroke brings it, and the note goes.
  script.failing = false;
  await filter.fill('offer pulled');
  await expect(page.locator('[data-directory-words-failed]')).toBeEmpty();
  await expect(page.locator('[data-directory-outcome="offer-withdrawn"]')).toBeVisible();
});

test('the search dialog’s script fails: the words typed so far reach the search page', async ({ page }) => {
  let fail!: () => void;
  const failed = new Promise<void>((resolve) => (fail = resolve));
  await page.route(/\/lazy-search\.[^/]*\.js$/, async (route) => {
    await failed;
    await route.abort('failed');
  });
  await page.goto('/article/');
  await page.keyboard.press('/');
  await page.keyboard.type('internship');
  await expect(page.getByRole('dialog').getByRole('searchbox')).toHaveValue('internship');
  fail();
  await expect(page).toHaveURL(/\/search\/\?q=internship$/);
  await expect(page.getByRole('searchbox')).toHaveValue('internship');
  await expect(page.getByRole('status')).toHaveAttribute('data-search-state', 'results');
});

test('the search page’s script fails: it says so, and typing tries again', async ({ page }) => {
  const script = await failScript(page, 'searchPageIsland');
  await page.goto('/search/');
  await expect(note(page)).toHaveText(t('loadFailed.search'));

  script.failing = false;
  await page.getByRole('searchbox').pressSequentially('internship');
  await expect(page.getByRole('status')).toHaveAttribute('data-search-state', 'results');
  await expect(page.getByRole('searchbox')).toHaveValue('internship');
  await expect(note(page)).toBeEmpty();
});

for (const blocked of [/\/lazy-notFoundIsland\.[^/]*\.js$/, /\/not-found-guide\.[^/]*\.js$/]) {
  test(`the 404 page’s explanation of a guide link fails (${blocked.source}): its guess and links still serve`, async ({ page }) => {
    await page.route(blocked, (route) => route.abort('failed'));
    const response = await page.goto('/guide/no-reply/not-an-answer/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('[data-not-found-lede]')).toBeVisible();
    await expect(page.locator('[data-guide-notice]')).toBeHidden();
    const guide = page.getByRole('main').getByRole('link').first();
    const href = await guide.getAttribute('href');
    await guide.click();
    await expect(page).toHaveURL(href!);
  });
}

test('a broken link’s notice still shows, in general words, when its own words can’t be fetched', async ({ page }) => {
  await page.route('**/guide/notice-texts.json', (route) => route.fulfill({ status: 503, body: '' }));
  const response = await page.goto('/guide/no-reply/not-an-answer/');
  expect(response?.status()).toBe(404);
  const notice = page.locator('[data-guide-notice]');
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('heading')).toHaveText(t('notice.brokenLink.title'));
  await expect(notice.locator('[data-guide-notice-detail]')).toHaveText(t('notice.brokenLink.detail'));
  // Its way on still goes as far as the link made sense.
  await expect(notice.locator('[data-guide-notice-furthest]')).toHaveAttribute('href', '/guide/no-reply/');
});

test.describe('search’s index', () => {
  const open = async (page: Page) => {
    await page.goto('/questions/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: t('search.title') });
    return { input: dialog.getByRole('searchbox'), status: dialog.getByRole('status') };
  };

  test('when Pagefind can’t be fetched, search says it failed, and recovers as the reader types', async ({ page }) => {
    let failing = true;
    await page.route(/\/pagefind\/pagefind\.js/, (route) => (failing ? route.abort('failed') : route.fallback()));
    const { input, status } = await open(page);
    await input.pressSequentially('internship');
    await expect(status).toHaveAttribute('data-search-state', 'failed');
    await expect(status).toHaveText(t('search.status.failed'));

    failing = false;
    await input.press('s');
    await expect(status).toHaveAttribute('data-search-state', 'results');
  });

  for (const [what, answer] of [
    ['offline', (route: Route) => route.abort('internetdisconnected')],
    ['renamed by a redeploy', (route: Route) => route.fulfill({ status: 404, body: '' })],
  ] as const) {
    test(`with its index ${what} after the first search, search says it failed (never “no results”), and recovers`, async ({ page }) => {
      const { input, status } = await open(page);
      await input.pressSequentially('internship');
      await expect(status).toHaveAttribute('data-search-state', 'results');

      let failing = true;
      await page.route(/\/pagefind\//, (route) => (failing ? answer(route) : route.fallback()));
      await input.fill('overqualified');
      await expect(status).toHaveAttribute('data-search-state', 'failed');
      await expect(status).toHaveText(t('search.status.failed'));

      failing = false;
      await input.press('End');
      await input.press('Space');
      await expect(status).toHaveAttribute('data-search-state', 'results');
    });
  }
});

test('the follow-ups list’s script fails: it says so in the list’s place, and there are no dead controls once it loads', async ({ page }) => {
  const script = await failScript(page, 'followUpsIsland');
  await page.goto('/follow-ups/');
  await expect(note(page)).toHaveText(t('loadFailed.followUps'));
  script.failing = false;
  // A click tries again: the list's script arrives and the click is made.
  await page.getByRole('button', { name: t('followUps.export') }).click();
  await expect(page.locator('[data-followups-status]')).toHaveText(t('followUps.exportEmpty'));
  await expect(note(page)).toBeEmpty();
});

test('the follow-ups actions’ script fails: a click says so, and the next click works once it can load', async ({ page }) => {
  const script = await failScript(page, 'followUpsActions');
  await page.goto('/follow-ups/');
  await expect(page.locator('[data-followups][data-island-ready]')).toBeAttached();
  const exportButton = page.getByRole('button', { name: t('followUps.export') });
  await exportButton.click();
  await expect(note(page)).toHaveText(t('loadFailed.followUps'));
  script.failing = false;
  await exportButton.click();
  await expect(page.locator('[data-followups-status]')).toHaveText(t('followUps.exportEmpty'));
  await expect(note(page)).toBeEmpty();
});
