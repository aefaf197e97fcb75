import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { allPaths, answersOf, isOutcome, OUTCOME_IDS, outcomeUrl, pathUrl } from '../../src/guide/guide-model';
import { replayUrl } from '../../src/guide/guide-replay';
import { describeProblem } from '../../src/guide/replay-messages';
import { t, tPlural } from '../../src/i18n';
import { problemTexts } from '../../src/lib/client-texts';
import { contentFile } from '../support/content-files';
import { LEGACY_REDIRECTS } from '../../src/guide/legacy-redirects';

/**
 * Broken and tampered guide links, generated from every path of the machine. Each case says
 * which answers should survive: the page must explain the problem and offer that furthest step.
 */
interface BrokenLink {
  url: string;
  keep: string[];
  /** Where "the furthest step" leads, when it is not the page of the kept answers. */
  furthest?: string;
}

function brokenLinks(): BrokenLink[] {
  const cases: BrokenLink[] = [];
  const allAnswers = [...new Set(allPaths().flatMap((path) => path.answers))];
  for (const { answers, stateId } of allPaths()) {
    const base = pathUrl(answers);
    // A made-up answer, and junk characters, after a valid prefix.
    cases.push({ url: `${base}not-an-answer/`, keep: answers });
    cases.push({ url: `${base}Capital-Letters/`, keep: answers });
    cases.push({ url: `${base}%3Cscript%3Ealert(1)%3C%20script%3E/`, keep: answers });
    cases.push({ url: `${base}${'x'.repeat(300)}/`, keep: answers });
    if (isOutcome(stateId)) {
      // Carrying on after the advice.
      cases.push({ url: `${base}${allAnswers[0]}/`, keep: answers });
    } else {
      // An answer that belongs to another question (a skipped question).
      const own = answersOf(stateId).map((answer) => answer.slug);
      const foreign = allAnswers.find((slug) => !own.includes(slug))!;
      cases.push({ url: `${base}${foreign}/`, keep: answers });
    }
    if (answers.length > 2) {
      // A question skipped in the middle.
      cases.push({ url: pathUrl([answers[0]!, ...answers.slice(2)]), keep: [answers[0]!] });
    }
    if (answers.length > 1) {
      // An empty segment in the middle.
      cases.push({ url: `/guide/${answers[0]}//${answers.slice(1).join('/')}/`, keep: [answers[0]!] });
    }
  }
  for (const id of ['not-an-outcome', 'ASK-FEEDBACK', '']) cases.push({ url: `/guide/outcomes/${id}/x/`, keep: [] });
  for (const id of OUTCOME_IDS) cases.push({ url: `${outcomeUrl(id)}extra/`, keep: [], furthest: outcomeUrl(id) });
  // One case per address; the first release's addresses redirect instead (legacy-redirects tests).
  const seen = new Set<string>();
  return cases.filter(({ url }) => !(url in LEGACY_REDIRECTS) && !seen.has(url) && seen.add(url));
}

const cases = brokenLinks();
const BATCHES = 8;

test('the generated set is large and varied', () => {
  expect(cases.length).toBeGreaterThanOrEqual(200);
  expect(new Set(cases.map((item) => item.url)).size).toBe(cases.length);
});

for (let batch = 0; batch < BATCHES; batch++) {
  const mine = cases.filter((_, index) => index % BATCHES === batch);
  test(`broken or tampered guide links, batch ${batch + 1} of ${BATCHES} (${mine.length} links), all end on the clear message`, async ({ page }) => {
    test.setTimeout(180_000);
    await checkAll(page, mine);
  });
}

async function checkAll(page: Page, links: BrokenLink[]) {
  for (const { url, keep, furthest } of links) {
    await page.goto(url);
    const notice = page.locator('[data-guide-notice]');
    await expect(notice, url).toBeVisible();
    await expect(notice.getByRole('heading'), url).toHaveText(t('notice.brokenLink.title'));
    await expect(notice.locator('[data-guide-notice-furthest]'), url).toHaveAttribute('href', furthest ?? pathUrl(keep));
    await expect(notice.getByRole('link', { name: t('guide.startAgain') }), url).toHaveAttribute('href', '/guide/');
  }
}

test('no valid address shows the notice: every step, every outcome page, tracking parameters or not', async ({ page }) => {
  test.setTimeout(180_000);
  const valid = [...allPaths().map((path) => pathUrl(path.answers)), ...OUTCOME_IDS.map(outcomeUrl)];
  // Links shared by email or on social sites gain tracking parameters: they are quietly ignored.
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

test('following "furthest step" from a broken link lands on a working step', async ({ page }) => {
  const url = '/guide/no-reply/interviews/date-passed/maybe/';
  await page.goto(url);
  // The notice says what was wrong, naming the question (the 404 page knows the titles), and how much was kept.
  const question = (stateId: string) => contentFile('guide', stateId).data.question as string;
  const problem = describeProblem(replayUrl(url).problem!, problemTexts(), question);
  await expect(page.locator('[data-guide-notice-detail]')).toHaveText(t('notice.brokenLink.kept', { problem }));
  await expect(page.locator('[data-guide-notice-furthest]')).toHaveText(tPlural('notice.brokenLink.furthestKept', 3));
  await page.locator('[data-guide-notice-furthest]').click();
  await expect(page).toHaveURL('/guide/no-reply/interviews/date-passed/');
  await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'since-their-date');
  await expect(page.locator('[data-guide-notice]')).toBeHidden();
});

test('a guide address missing its trailing slash opens the step', async ({ page }) => {
  await page.goto('/guide/no-reply');
  await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'last-stage');
});
