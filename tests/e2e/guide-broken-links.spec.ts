import type { Page } from '@playwright/test';
import { test, expect, allowPerPage } from './fixtures';
import { sampledPaths } from '../support/sampled-paths';
import { allPaths, answersOf, isOutcome, OUTCOME_IDS, outcomeUrl, pathUrl, shortestPathTo, STATE_IDS } from '../../src/guide/guide-model';
import { MAP_ROOT, mapUrl } from '../../src/guide/map-urls';
import { t, tPlural } from '../../src/i18n';
import { contentFile } from '../support/content-files';
import { LEGACY_REDIRECTS } from '../../src/guide/legacy-redirects';

/**
 * Broken and tampered guide links, generated from the machine's paths. Each case says
 * which answers should survive: the page must explain the problem and offer that furthest step.
 */
interface BrokenLink {
  url: string;
  keep: string[];
  /** Where "the furthest step" leads, when it is not the page of the kept answers. */
  furthest?: string;
  /** A /guide/map/… link: explained as a map link, and the way on is the map. */
  map?: true;
}

function brokenLinks(): BrokenLink[] {
  const cases: BrokenLink[] = [];
  const allAnswers = [...new Set(allPaths().flatMap((path) => path.answers))];
  // Every kind of mistake on the shortest path to each state; on the guide's other paths (most of
  // which differ only in how the reader talks), one kind each, in turn, so every kind meets many.
  const shortest = new Set(STATE_IDS.map((id) => pathUrl(shortestPathTo(id).answers)));
  for (const [index, { answers, stateId }] of allPaths().entries()) {
    const base = pathUrl(answers);
    const mistakes: BrokenLink[] = [
      // A made-up answer, and junk characters, after a valid prefix.
      { url: `${base}not-an-answer/`, keep: answers },
      { url: `${base}Capital-Letters/`, keep: answers },
      { url: `${base}%3Cscript%3Ealert(1)%3C%20script%3E/`, keep: answers },
      { url: `${base}${'x'.repeat(300)}/`, keep: answers },
    ];
    if (isOutcome(stateId)) {
      // Carrying on after the advice.
      mistakes.push({ url: `${base}${allAnswers[0]}/`, keep: answers });
    } else {
      // An answer that belongs to another question (a skipped question).
      const own = answersOf(stateId).map((answer) => answer.slug);
      const foreign = allAnswers.find((slug) => !own.includes(slug))!;
      mistakes.push({ url: `${base}${foreign}/`, keep: answers });
    }
    if (answers.length > 2) {
      // A question skipped in the middle.
      mistakes.push({ url: pathUrl([answers[0]!, ...answers.slice(2)]), keep: [answers[0]!] });
    }
    cases.push(...(shortest.has(base) ? mistakes : [mistakes[index % mistakes.length]!]));
  }
  // Map links: the same mistakes under /guide/map/, kept answers shown on the map.
  for (const { answers } of allPaths().filter((path) => shortest.has(pathUrl(path.answers)))) {
    cases.push({ url: `${mapUrl(answers)}not-an-answer/`, keep: answers, furthest: mapUrl(answers), map: true });
  }
  cases.push({ url: `${MAP_ROOT}outcomes/ask-feedback/`, keep: [], furthest: MAP_ROOT, map: true });
  cases.push({ url: `${MAP_ROOT}no-reply/%E2%80%AEevil/`, keep: ['no-reply'], furthest: mapUrl(['no-reply']), map: true });
  for (const id of ['not-an-outcome', 'ask_feedback', '']) cases.push({ url: `/guide/outcomes/${id}/x/`, keep: [] });
  cases.push({ url: '/guide/outcomes/ASK-FEEDBACK/x/', keep: [], furthest: outcomeUrl('ask-feedback') });
  for (const id of OUTCOME_IDS) cases.push({ url: `${outcomeUrl(id)}extra/`, keep: [], furthest: outcomeUrl(id) });
  // One case per address; the first release's addresses redirect instead (legacy-redirects tests).
  const seen = new Set<string>();
  return cases.filter(({ url }) => !(url in LEGACY_REDIRECTS) && !seen.has(url) && seen.add(url));
}

const cases = brokenLinks();

/** The longest file name the disk allows, in bytes (NAME_MAX). */
const NAME_MAX = 255;

/**
 * Opens an unknown address. The host answers one whose segment is longer than any file name with
 * its 404 page, as for any other, but wrangler's local server looks the name up on disk first and
 * answers 502 (ENAMETOOLONG). Such an address gets the 404 page the host sends for a short unknown
 * one, so what the page's script makes of the long address is still tested.
 */
async function gotoUnknown(page: Page, url: string) {
  const { pathname } = new URL(url, 'http://host');
  if (pathname.split('/').some((segment) => Buffer.byteLength(decodeURIComponent(segment)) > NAME_MAX)) {
    const notFound = await page.request.get('/no-such-page/');
    expect(notFound.status()).toBe(404);
    await page.route((requested) => requested.pathname === pathname, (route) => route.fulfill({ response: notFound }));
  }
  return page.goto(url);
}
const BATCHES = 6;

test('the generated set is large and varied', () => {
  expect(cases.length).toBeGreaterThanOrEqual(200);
  expect(new Set(cases.map((item) => item.url)).size).toBe(cases.length);
});

for (let batch = 0; batch < BATCHES; batch++) {
  const mine = cases.filter((_, index) => index % BATCHES === batch);
  test(`broken or tampered guide links, batch ${batch + 1} of ${BATCHES} (${mine.length} links), all end on the clear message`, async ({ page }) => {
    allowPerPage(mine.length);
    await checkAll(page, mine);
  });
}

async function checkAll(page: Page, links: BrokenLink[]) {
  for (const { url, keep, furthest, map } of links) {
    await gotoUnknown(page, url);
    const notice = page.locator('[data-guide-notice]');
    await expect(notice, url).toBeVisible();
    await expect(notice.getByRole('heading'), url).toHaveText(t(map ? 'notice.mapLink.title' : 'notice.brokenLink.title'));
    // Screen readers hear it once, from the status line; the notice itself is ordinary markup.
    await expect(page.getByRole('status').filter({ hasText: t(map ? 'notice.mapLink.title' : 'notice.brokenLink.title') }), url).toHaveCount(1);
    await expect(notice.locator('[data-guide-notice-furthest]'), url).toHaveAttribute('href', furthest ?? pathUrl(keep));
    // It says answers were kept only when some were (or the advice the link named exists).
    const keptSome = keep.length > 0 || Boolean(furthest?.startsWith('/guide/outcomes/'));
    const detail = notice.locator('[data-guide-notice-detail]');
    // A link to advice that doesn't exist carried no answers: the notice says nothing of any.
    const carriedAnswers = keptSome || !url.startsWith('/guide/outcomes/');
    const answerNotes = [t('notice.brokenLink.kept', { problem: '' }).trim(), t('notice.brokenLink.noneKept', { problem: '' }).trim()];
    if (carriedAnswers) await expect(detail, url).toContainText(answerNotes[keptSome ? 0 : 1]!);
    else for (const note of answerNotes) await expect(detail, url).not.toContainText(note);
    // A way back to the start, unless the way on is already the start: no two links go to one place.
    const wayOn = furthest ?? pathUrl(keep);
    const startAgain = notice.getByRole('link', { name: t('guide.startAgain') });
    if (wayOn === '/guide/') await expect(startAgain, url).toHaveCount(0);
    else await expect(startAgain, url).toHaveAttribute('href', '/guide/');
    const hrefs = await notice.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(new Set(hrefs).size, url).toBe(hrefs.length);
  }
}

test('no valid address shows the notice: every step and outcome page (a fifth of the other paths), tracking parameters or not', async ({ page }) => {
  const valid = [...sampledPaths().map((path) => pathUrl(path.answers)), ...OUTCOME_IDS.map(outcomeUrl)];
  // Links shared by email or on social sites gain tracking parameters: they are quietly ignored.
  allowPerPage(valid.length);
  const tracked = ['?utm_source=newsletter&utm_medium=email', '?fbclid=IwAR0abc', '?gclid=xyz&answer=%3Cb%3E'];
  for (const [index, plain] of valid.entries()) {
    const url = index % 2 ? `${plain}${tracked[index % tracked.length]}` : plain;
    await page.goto(url);
    await expect(page.locator('guide-flow'), url).toBeVisible();
    // Give the island time to run its check before asserting the notice stays hidden.
    await page.waitForFunction(() => customElements.get('guide-flow') !== undefined);
    await expect(page.locator('[data-guide-notice]'), url).toBeHidden();
  }
});

test('an address typed with capitals, doubled slashes or a last "index.html" still opens its step, with no notice', async ({ page }) => {
  const addresses: [string, string][] = [
    ['/guide/Turned-Down/', '/guide/turned-down/'],
    ['/GUIDE/NO-REPLY', '/guide/no-reply/'],
    ['/guide/outcomes/ASK-FEEDBACK/', outcomeUrl('ask-feedback')],
    // The host drops a last "index.html" with a redirect (guide-replay.ts copes where one doesn't).
    ['/guide/turned-down/by-email/index.html', '/guide/turned-down/by-email/'],
    ['/guide/turned-down//by-email/', '/guide/turned-down//by-email/'],
  ];
  for (const [typed, lands] of addresses) {
    await page.goto(typed);
    await expect(page, typed).toHaveURL(lands);
    await expect(page.locator('guide-flow'), typed).toBeVisible();
    await page.waitForFunction(() => customElements.get('guide-flow') !== undefined);
    await expect(page.locator('[data-guide-notice]'), typed).toBeHidden();
  }
});

test('an address sent on to its right spelling keeps its query and its fragment', async ({ page }) => {
  const addresses: [string, string][] = [
    ['/GUIDE/Turned-Down/?ref=mail#main', '/guide/turned-down/?ref=mail#main'],
    ['/Guide//No-Reply?ref=mail&x=1#main', '/guide/no-reply/?ref=mail&x=1#main'],
    [`/guide/outcomes/ASK-FEEDBACK/?ref=mail#main`, `${outcomeUrl('ask-feedback')}?ref=mail#main`],
    ['/guide/map/No-Reply/?ref=mail#main', `${mapUrl(['no-reply'])}?ref=mail#main`],
  ];
  for (const [typed, lands] of addresses) {
    await page.goto(typed);
    await expect(page, typed).toHaveURL(lands);
  }
});

test('following "furthest step" from a broken link lands on a working step', async ({ page }) => {
  await page.goto('/guide/no-reply/interviews/in-touch-by-email/date-passed/maybe/');
  // The notice quotes the bad answer and names the question it went wrong at (the 404 page knows
  // the titles), and says how much was kept.
  const detail = page.locator('[data-guide-notice-detail]');
  await expect(detail).toContainText('“maybe”');
  await expect(detail).toContainText(contentFile('guide', 'since-their-date').data.question as string);
  await expect(page.locator('[data-guide-notice-furthest]')).toHaveText(tPlural('notice.brokenLink.furthestKept', 4));
  await page.locator('[data-guide-notice-furthest]').click();
  await expect(page).toHaveURL('/guide/no-reply/interviews/in-touch-by-email/date-passed/');
  await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'since-their-date');
  await expect(page.locator('[data-guide-notice]')).toBeHidden();
});

test('a broken map link is explained as a map link and leads back to the map', async ({ page }) => {
  await page.goto('/guide/map/no-reply/interviews/map-me/');
  const notice = page.locator('[data-guide-notice]');
  await expect(notice.getByRole('heading')).toHaveText(t('notice.mapLink.title'));
  await expect(notice.locator('[data-guide-notice-detail]')).toContainText('“map-me”');
  await expect(notice.locator('[data-guide-notice-detail]')).not.toContainText('“map”');
  await notice.locator('[data-guide-notice-furthest]').click();
  await expect(page).toHaveURL('/guide/map/no-reply/interviews/');
  await expect(page.locator('[data-map-here]')).toHaveAttribute('data-map-here', 'in-touch-how');
});

test('a long or reversed bad segment is quoted as a short, clean excerpt', async ({ page }) => {
  await gotoUnknown(page, `/guide/no-reply/%E2%80%AE${'word-'.repeat(2000)}end/`);
  const detail = page.locator('[data-guide-notice-detail]');
  await expect(detail).toBeVisible();
  const text = (await detail.textContent())!;
  expect(text.length).toBeLessThan(400);
  expect(text).not.toContain('\u202e');
});

test('a guide address missing its trailing slash opens the step', async ({ page }) => {
  await page.goto('/guide/no-reply');
  await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'last-stage');
});
