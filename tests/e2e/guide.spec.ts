import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { sampledPaths } from '../support/sampled-paths';
import { test, expect, allowPerPage, holdScript } from './fixtures';
import { allPaths, answersOf, GUIDE_START, isOutcome, isQuestion, outcomeKind, pathUrl, type GuidePath } from '../../src/guide/guide-model';
import { SHARED_FIELDS } from '../../src/guide/shared-fields';
import { t } from '../../src/i18n';

/** Paths and expectations come from the machine, never from a hand-kept list. */
const paths = allPaths();
const outcomePaths = paths.filter((path) => isOutcome(path.stateId));
const longest = (kind: 'template' | 'move-on') =>
  outcomePaths
    .filter((path) => outcomeKind(path.stateId) === kind)
    .reduce((best, path) => (path.answers.length > best.answers.length ? path : best));

/** A template's input for a field, by its name (labels are content, so tests never copy them). */
const field = (page: Page, name: string) => page.locator(`[data-template-field][name="${name}"]`);

/** How a shared field's blank shows in a message without JavaScript: its label in brackets. */
const blank = (name: string) => `[${SHARED_FIELDS.find((shared) => shared.name === name)!.label}]`;

/** The first blank of the message shown, as an input (once the composer has connected). */
const blankInput = (page: Page, name: string) => page.locator(`[data-channel]:visible [data-blank-input][name="${name}"]`).first();

/** The page shows exactly the given place in the guide. */
async function expectAt(page: Page, path: GuidePath) {
  if (isQuestion(path.stateId)) {
    await expect(page.locator('[data-step]')).toHaveAttribute('data-step', path.stateId);
  } else {
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', outcomeKind(path.stateId));
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome-id', path.stateId);
  }
  await expect(page.locator('.answer-summary__row')).toHaveCount(path.answers.length);
}

async function walk(page: Page, path: GuidePath, options: { expectNoReload: boolean }) {
  await page.goto('/guide/');
  if (options.expectNoReload) await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
  for (const [index, answer] of path.answers.entries()) {
    await page.locator(`[data-answer="${answer}"]`).click();
    await expect(page).toHaveURL(pathUrl(path.answers.slice(0, index + 1)));
  }
  await expectAt(page, path);
  if (options.expectNoReload) {
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  }
}

test.describe('with JavaScript', () => {
  for (const kind of ['template', 'move-on'] as const) {
    test(`a walk to a ${kind} outcome happens in place, focusing each new heading`, async ({ page }) => {
      const path = longest(kind);
      await page.goto('/guide/');
      await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
      for (const [index, answer] of path.answers.entries()) {
        await page.locator(`[data-answer="${answer}"]`).click();
        await expect(page).toHaveURL(pathUrl(path.answers.slice(0, index + 1)));
        const heading = page.locator('[data-guide-heading]');
        await expect(heading).toBeFocused();
        await expect(page.locator('[data-guide-announcer]')).toHaveText((await heading.textContent())!);
      }
      await expectAt(page, path);
      expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
      expect(await page.title()).toContain(await page.locator('h1').textContent());
    });
  }

  test('back, forward and reload keep the reader’s place', async ({ page }) => {
    const path = longest('template');
    await walk(page, path, { expectNoReload: true });
    const previous = paths.find((candidate) => candidate.answers.join('/') === path.answers.slice(0, -1).join('/'))!;
    const sameDocument = () => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument);
    for (let round = 0; round < 2; round++) {
      await page.goBack();
      await expect(page).toHaveURL(pathUrl(previous.answers));
      await expectAt(page, previous);
      await page.goForward();
      await expectAt(page, path);
    }
    // Back and forward moved between steps in place, without loading a page.
    expect(await sameDocument()).toBe(true);
    await page.reload();
    await expectAt(page, path);
  });

  test('a step that failed to load is fetched again on the next try, not remembered as failed', async ({ page }) => {
    // The network drops the first request for the next step (made while the reader reads).
    let failed = false;
    await page.route('**/guide/no-reply/', async (route) => {
      if (failed || route.request().resourceType() === 'document') return route.fallback();
      failed = true;
      await route.abort('internetdisconnected');
    });
    const dropped = page.waitForEvent('requestfailed');
    await page.goto('/guide/');
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    await dropped;
    await page.locator('[data-answer="no-reply"]').click();
    await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'last-stage');
    // Shown in place (fetched again), not by a full page load.
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });

  test('while the reader reads, the steps the answers lead to are fetched; not on a data saver', async ({ page }) => {
    const fetched = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'fetch') fetched.add(new URL(request.url()).pathname);
    });
    await page.goto('/guide/');
    const answers = await page.locator('a[data-answer]').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(answers.length).toBeGreaterThan(1);
    await expect.poll(() => answers.filter((path) => !fetched.has(path))).toEqual([]);
    // And again on the step shown in place.
    await page.locator('a[data-answer]').first().click();
    await expect(page).toHaveURL(answers[0]!);
    const next = await page.locator('a[data-answer]').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    await expect.poll(() => next.filter((path) => !fetched.has(path))).toEqual([]);
  });

  test('a reader saving data gets no prefetching', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'fetch') fetched.push(request.url());
    });
    // Prefetching starts as soon as the browser is idle, so it would show before the network is.
    await page.goto('/guide/', { waitUntil: 'networkidle' });
    expect(fetched).toEqual([]);
    // Answering still works, fetching only what is asked for.
    await page.locator('[data-answer="no-reply"]').click();
    await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'last-stage');
  });

  test('"Change" goes back to that question, and a new answer takes a new path', async ({ page }) => {
    const answers = ['no-reply', 'interviews', 'in-touch-by-email', 'date-passed', 'under-six-weeks', 'not-since'];
    await walk(page, { answers, stateId: 'last-check-in' }, { expectNoReload: true });
    // "Change" on the fourth answer (the promised date), in the folded answers, goes back to that question.
    await page.locator('.answer-summary summary').click();
    await page.locator('.answer-summary__row').nth(3).getByRole('link').click();
    await expect(page).toHaveURL('/guide/no-reply/interviews/in-touch-by-email/#answer-date-passed');
    await expectAt(page, { answers: ['no-reply', 'interviews', 'in-touch-by-email'], stateId: 'promised-date' });
    await page.locator('[data-answer="no-date"]').click();
    await page.locator('[data-answer="one-to-six-weeks"]').click();
    await page.locator('[data-answer="followed-up"]').click();
    await expectAt(page, { answers: ['no-reply', 'interviews', 'in-touch-by-email', 'no-date', 'one-to-six-weeks', 'followed-up'], stateId: 'move-on-no-reply' });
    await page.getByRole('link', { name: t('guide.startAgain') }).click();
    await expectAt(page, { answers: [], stateId: 'what-happened' });
  });

  test('Back at the top returns to the previous step without adding to the history', async ({ page }) => {
    await walk(page, { answers: ['no-reply', 'interviews'], stateId: 'in-touch-how' }, { expectNoReload: true });
    const back = page.locator('[data-back]');
    // At the top: before the question's heading.
    expect(await back.evaluate((link) => !!(link.compareDocumentPosition(document.querySelector('h1')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    await back.click();
    await expect(page).toHaveURL('/guide/no-reply/');
    await page.locator('[data-back]').click();
    await expect(page).toHaveURL('/guide/');
    // The browser's Back now leaves the guide's history as it was: Forward returns to the steps.
    await page.goForward();
    await expect(page).toHaveURL('/guide/no-reply/');
    await page.goForward();
    await expect(page).toHaveURL('/guide/no-reply/interviews/');
  });

  test('Back on a step opened from a shared link goes to the previous step', async ({ page }) => {
    await page.goto('/guide/no-reply/interviews/');
    await page.locator('[data-back]').click();
    await expect(page).toHaveURL('/guide/no-reply/');
    await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'last-stage');
  });

  test('Back on a step opened in a new tab from the previous step still goes there', async ({ page, context }) => {
    await page.goto('/guide/no-reply/');
    // A new tab has the previous step as its referrer but no history entry to go back to.
    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      page.locator('a[data-answer="interviews"]').click({ modifiers: ['ControlOrMeta'] }),
    ]);
    await tab.waitForLoadState();
    expect(await tab.evaluate(() => [history.length, new URL(document.referrer).pathname])).toEqual([1, '/guide/no-reply/']);
    await tab.locator('[data-back]').click();
    await expect(tab).toHaveURL(/\/guide\/no-reply\/$/);
    await expect(tab.locator('[data-step]')).toHaveAttribute('data-step', 'last-stage');
  });

  test('each question says how far through the reader is', async ({ page }) => {
    await page.goto('/guide/');
    await expect(page.locator('[data-progress]')).toContainText('1');
    // The last question on this path: every answer leads straight to advice, so the count is exact.
    await page.goto('/guide/no-reply/interviews/in-touch-by-email/date-passed/under-six-weeks/');
    await expect(page.locator('[data-progress]')).toHaveText(t('guide.progressExact', { number: 6, total: 6 }));
  });

  test('"Change" marks the earlier answer on the question it opens', async ({ page }) => {
    await walk(page, { answers: ['no-reply', 'interviews', 'in-touch-by-email', 'date-passed'], stateId: 'since-their-date' }, { expectNoReload: true });
    await page.locator('.answer-summary__row').nth(1).getByRole('link').click();
    await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'last-stage');
    await expect(page.locator('[data-answer="interviews"] [data-earlier-tag]')).toBeVisible();
    await expect(page.locator('[data-answer="applied"] [data-earlier-tag]')).toBeHidden();
  });

  test('on an outcome, the answers sit folded near the top, with Change and Start again', async ({ page }) => {
    await walk(page, longest('template'), { expectNoReload: false });
    const summary = page.locator('.answer-summary');
    expect(await summary.evaluate((element) => !!(element.compareDocumentPosition(document.querySelector('h1')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    await expect(summary.getByRole('link', { name: t('guide.startAgain') })).toBeHidden();
    await summary.locator('summary').click();
    await expect(summary.getByRole('link', { name: t('guide.startAgain') })).toBeVisible();
    await expect(summary.locator('.answer-summary__row')).toHaveCount(longest('template').answers.length);
  });

  test('copies a link to the current step', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await walk(page, { answers: ['on-hold', 'not-replied'], stateId: 'thanks-for-letting-me-know' }, { expectNoReload: true });
    await page.getByRole('button', { name: t('guide.copyLink') }).click();
    await expect(page.locator('[data-copy-status]')).toHaveText(t('guide.linkCopied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/guide/on-hold/not-replied/`);
  });

  test('without a clipboard (an insecure page, an old web view) Copy link says to copy by hand', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    await page.goto('/guide/on-hold/not-replied/');
    await page.getByRole('button', { name: t('guide.copyLink') }).click();
    await expect(page.locator('[data-copy-status]')).toHaveText(t('copy.failed'));
  });

  test('a second copy is announced again: the status empties before it says the same words', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/guide/on-hold/not-replied/');
    const status = page.locator('[data-copy-status]');
    await status.evaluate((element) => {
      const said: string[] = ((window as unknown as { statusTexts: string[] }).statusTexts = []);
      new MutationObserver(() => said.push(element.textContent ?? '')).observe(element, { childList: true, characterData: true, subtree: true });
    });
    const copy = page.getByRole('button', { name: t('guide.copyLink') });
    await copy.click();
    await expect(status).toHaveText(t('guide.linkCopied'));
    await copy.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts)).toEqual([t('guide.linkCopied'), '', t('guide.linkCopied')]);
  });

  test('details typed once fill every template, survive a reload, and can be cleared', async ({ page }) => {
    await page.goto('/guide/outcomes/ask-feedback/');
    await field(page, 'yourName').fill('Sam Taylor');
    await field(page, 'role').fill('Data Analyst');
    // What the reader sees once the details are taken in: the message shows them.
    await expect(blankInput(page, 'role')).toHaveValue('Data Analyst');
    await page.reload();
    await expect(field(page, 'yourName')).toHaveValue('Sam Taylor');
    await expect(blankInput(page, 'yourName')).toHaveValue('Sam Taylor');

    await page.goto('/guide/outcomes/last-check-in/');
    await expect(field(page, 'yourName')).toHaveValue('Sam Taylor');
    await expect(blankInput(page, 'role')).toHaveValue('Data Analyst');

    await page.getByRole('button', { name: t('template.clear') }).click();
    await expect(field(page, 'yourName')).toHaveValue('');
    await expect(blankInput(page, 'yourName')).toHaveValue('');
    await expect(page.locator('[data-details-status]')).toHaveText(t('template.cleared'));
    await page.reload();
    await expect(field(page, 'yourName')).toHaveValue('');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  test('details typed before the template tools load are kept, shown and remembered', async ({ page }) => {
    // A slow phone: the fields are on screen, but the tools' script has not arrived yet.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/lazy-templateTool[^/]*\.js$/, async (route) => {
      await held;
      await route.fallback();
    });
    await page.goto('/guide/outcomes/ask-feedback/');
    await page.evaluate(() => localStorage.setItem('after-the-no:details', JSON.stringify({ yourName: 'Stored Name' })));
    await field(page, 'yourName').fill('Typed Early');
    await field(page, 'role').fill('Data Analyst');
    await expect(page.locator('[data-template-tool]')).not.toHaveAttribute('data-connected', 'true');
    release();
    await expect(page.locator('[data-template-tool]')).toHaveAttribute('data-connected', 'true');
    await expect(field(page, 'yourName')).toHaveValue('Typed Early');
    await expect(blankInput(page, 'yourName')).toHaveValue('Typed Early');
    await expect(blankInput(page, 'role')).toHaveValue('Data Analyst');
    await page.reload();
    await expect(field(page, 'yourName')).toHaveValue('Typed Early');
  });

  test('details filled in without a key press (autofill, a paste) bring the template tools', async ({ page }) => {
    await page.goto('/guide/outcomes/ask-feedback/');
    // The guide's island is here; nothing has been pointed at, tapped or typed yet.
    await expect(page.locator('html')).toHaveAttribute('data-islands', 'ready');
    await expect(page.locator('[data-template-tool]')).not.toHaveAttribute('data-connected', 'true');
    // Autofill sets the value and fires input events: no key, no pointer.
    await field(page, 'yourName').evaluate((input: HTMLInputElement) => {
      input.value = 'Autofilled Name';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect(page.locator('[data-template-tool]')).toHaveAttribute('data-connected', 'true');
    await expect(blankInput(page, 'yourName')).toHaveValue('Autofilled Name');
  });

  test('a <script> typed into a field stays text', async ({ page }) => {
    await page.goto('/guide/outcomes/ask-which-role/');
    const hostile = '<img src=x onerror="window.__injected=1"><script>window.__injected=2</script>';
    await field(page, 'theirName').fill(hostile);
    await expect(blankInput(page, 'theirName')).toHaveValue(hostile);
    await expect(page.locator('[data-template-output]').locator('img, script')).toHaveCount(0);
    await page.reload();
    await expect(blankInput(page, 'theirName')).toHaveValue(hostile);
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
  });

  test('offers a calendar reminder that is a valid iCalendar file', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-08T10:00:00'));
    await page.goto('/guide/no-reply/interviews/in-touch-by-email/date-to-come/');
    await field(page, 'company').fill('Acme, Inc.; North');
    // The reminder counts from the reader's date: two working days after Wednesday 13 January 2027.
    await page.locator('[data-reminder-from]').fill('2027-01-13');
    await expect(page.locator('[data-reminder-date]')).toHaveValue('2027-01-15');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t('reminder.download') }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${t('reminder.fileName')}.ics`);
    const ics = readFileSync((await download.path())!, 'utf8');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toString()).toBe('2027-01-15');
    expect(event.summary).toContain('Acme, Inc.; North');
    expect(event.description).toContain('/guide/no-reply/interviews/in-touch-by-email/date-to-come/');
    // The day in words, never as the machine writes it.
    await expect(page.locator('[data-reminder-status]')).toHaveText(t('reminder.saved', { date: 'Friday 15 January 2027' }));
  });

  test('waiting: their date, near the top, says when to send in words: today on the day, the day itself when later', async ({ page }) => {
    // Tuesday 8 December 2026.
    await page.clock.setFixedTime(new Date('2026-12-08T10:00:00'));
    await page.goto('/guide/no-reply/interviews/in-touch-by-email/date-to-come/');
    const from = page.locator('[data-reminder-from]');
    const when = page.locator('[data-send-day]');
    // Above the message: the date is asked before the reader reads what to send.
    const fromBox = (await from.boundingBox())!;
    const messageBox = (await page.locator('[data-channel]:visible').first().boundingBox())!;
    expect(fromBox.y).toBeLessThan(messageBox.y);
    // They said Friday 4 December; two working days after it is today.
    await from.fill('2026-12-04');
    await expect(when).toHaveText(t('reminder.sendToday', { day: 'Tuesday 8 December' }));
    // They said Wednesday 9 December: Friday 11 December.
    await from.fill('2026-12-09');
    await expect(when).toHaveText(t('reminder.sendLater', { day: 'Friday 11 December' }));
    await expect(page.locator('[data-reminder-date]')).toHaveValue('2026-12-11');
    // Beside the file: links that open the reader's web calendar on that day (followed only if they choose).
    const google = new URL((await page.locator('[data-calendar="google"]').getAttribute('href'))!);
    expect(google.hostname).toBe('calendar.google.com');
    expect(google.searchParams.get('dates')).toBe('20261211/20261212');
    const outlook = new URL((await page.locator('[data-calendar="outlook"]').getAttribute('href'))!);
    expect(outlook.searchParams.get('startdt')).toBe('2026-12-11');
    await expect(page.locator('[data-calendar-links]')).toBeVisible();
    // Long past: today, and the reminder too.
    await from.fill('2026-11-02');
    await expect(when).toHaveText(t('reminder.sendPassed', { day: 'Tuesday 8 December' }));
    await expect(page.locator('[data-reminder-date]')).toHaveValue('2026-12-08');
  });

  test('waiting: a date typed before the guide script arrived still says when to send', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-08T10:00:00'));
    const island = await holdScript(page, /\/lazy-guideIsland[^/]*\.js$/);
    await page.goto('/guide/no-reply/interviews/in-touch-by-email/date-to-come/');
    await page.locator('[data-reminder-from]').fill('2026-12-09');
    island.release();
    await expect(page.locator('[data-send-day]')).toHaveText(t('reminder.sendLater', { day: 'Friday 11 December' }));
    await expect(page.locator('[data-reminder-date]')).toHaveValue('2026-12-11');
  });

  test('a reminder date that is missing, has a five-digit year or is past gets a clear message and no file', async ({ page }) => {
    await page.goto('/guide/no-reply/interviews/in-touch-by-email/date-to-come/');
    // The reminder day shows once the reader reaches for their date.
    await expect(page.locator('[data-reminder-date]')).toBeHidden();
    await page.locator('[data-reminder-from]').click();
    let downloads = 0;
    page.on('download', () => downloads++);
    const date = page.locator('[data-reminder-date]');
    const status = page.locator('[data-reminder-status]');
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    for (const [value, message] of [
      ['', t('reminder.noDate')],
      ['12026-01-01', t('reminder.badDate')],
      ['10000-01-01', t('reminder.badDate')],
      ['275760-01-01', t('reminder.badDate')],
      [yesterday, t('reminder.pastDate')],
    ] as const) {
      await date.fill(value);
      await page.getByRole('button', { name: t('reminder.download') }).click();
      await expect(status).toHaveText(message);
      // The reader is taken to the date to fix it.
      await expect(date).toBeFocused();
    }
    expect(downloads).toBe(0);
  });

  test('a date to count from past year 9999 is refused like any bad date, leaving no reminder day behind', async ({ page }) => {
    await page.goto('/guide/no-reply/interviews/in-touch-by-email/date-to-come/');
    let downloads = 0;
    page.on('download', () => downloads++);
    const from = page.locator('[data-reminder-from]');
    const date = page.locator('[data-reminder-date]');
    await page.locator('[data-template-tool]').hover();
    await expect(page.locator('[data-template-tool]')).toHaveAttribute('data-connected', 'true');
    for (const year of ['275760', '10000']) {
      // Typed as a reader types it, month, day, then year, digit by digit: the first four digits
      // already make a date, and the reminder follows each one.
      await from.fill('');
      await date.fill('');
      await from.focus();
      for (const part of ['01', '01', year]) await page.keyboard.type(part);
      await expect(from).toHaveValue(`${year}-01-01`);
      await expect(date).toHaveValue('');
      await page.getByRole('button', { name: t('reminder.download') }).click();
      await expect(page.locator('[data-reminder-status]')).toHaveText(t('reminder.badDate'));
      await expect(from).toBeFocused();
    }
    // The last day before 10000: its reminder would fall in year 10000.
    await from.fill('9999-12-31');
    await expect(date).toHaveValue('');
    expect(downloads).toBe(0);
  });

  test('in a browser without String.toWellFormed, odd text still copies, downloads, makes a reminder and clears', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Safari before 16.4 has no toWellFormed; a lone surrogate and control characters come from a bad paste.
    await page.addInitScript(() => delete (String.prototype as { toWellFormed?: unknown }).toWellFormed);
    await page.goto('/guide/no-reply/interviews/in-touch-by-email/date-to-come/');
    await page.evaluate(() => localStorage.setItem('after-the-no:details', JSON.stringify({ company: 'Acme\u0007 \ud83d Ltd' })));
    await page.reload();
    await page.locator('[data-template-tool]').hover();
    await expect(page.locator('[data-template-tool]')).toHaveAttribute('data-connected', 'true');
    await expect(field(page, 'company')).toHaveValue(/^Acme/);
    for (const input of await page.locator('[data-channel]:visible [data-blank-input]').all()) {
      if (!(await input.inputValue())) await input.fill('Sam');
    }
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.locator('[data-channel]:visible [data-copy]').first().click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('Acme');
    const [text] = await Promise.all([page.waitForEvent('download'), page.locator('[data-channel]:visible [data-template-download]').click()]);
    expect(readFileSync((await text.path())!, 'utf8')).toContain('Acme');
    await page.locator('[data-reminder-from]').fill('2099-01-13');
    const [reminder] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('reminder.download') }).click()]);
    const ics = readFileSync((await reminder.path())!, 'utf8');
    expect(ics).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toContain('Acme \ufffd Ltd');
    await page.locator('[data-template-clear]').click();
    await expect(field(page, 'company')).toHaveValue('');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const kind of ['template', 'move-on'] as const) {
    test(`a walk to a ${kind} outcome works with plain links`, async ({ page }) => {
      await walk(page, longest(kind), { expectNoReload: false });
      await expect(page.getByRole('button', { name: t('guide.copyLink'), includeHidden: true })).toHaveCount(1);
      await expect(page.getByRole('button', { name: t('guide.copyLink'), includeHidden: true })).toBeHidden();
    });
  }

  test('every step and outcome has its own page showing exactly that step (each one’s first path, a fifth of the rest)', async ({ page }) => {
    const visited = sampledPaths();
    allowPerPage(visited.length);
    for (const path of visited) {
      const response = await page.goto(pathUrl(path.answers));
      expect(response?.status(), pathUrl(path.answers)).toBe(200);
      await expectAt(page, path);
    }
  });

  test('a template shows its message with visible blanks and a working mailto: link', async ({ page }) => {
    await page.goto('/guide/outcomes/thanks-for-letting-me-know/');
    await expect(page.locator('[data-template-output]').first()).toContainText(blank('theirName'));
    await expect(page.locator('[data-channel="email"] [data-template-mailto]')).toHaveAttribute('href', /^mailto:\?subject=/);
    await expect(field(page, 'yourName')).toHaveCount(1);
    await expect(field(page, 'yourName')).toBeHidden();
  });

  test('outcome path pages point to the one canonical outcome page', async ({ page }) => {
    const path = longest('move-on');
    await page.goto(pathUrl(path.answers));
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/guide/outcomes/${path.stateId}/$`));
  });

  test('a question asked after any way of hearing the news points to one canonical page for it', async ({ page }) => {
    await page.goto('/guide/turned-down/by-text/still-keen/');
    await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'their-reason');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/guide\/turned-down\/by-email\/still-keen\/$/);
  });
});

test('the guide machine arrives with the first sign of intent, and a click made meanwhile is not lost', async ({ page }) => {
  // A slow network for the machine's script: held until the reader has already clicked.
  const machine = await holdScript(page, /\/guide-replay[^/]*\.js$/);
  await page.goto('/guide/');
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
  // Not asked for by the island either, once it has arrived (after first paint): before, nothing could have asked.
  await expect(page.locator('html')).toHaveAttribute('data-islands', 'ready');
  expect(machine.requested).toBe(false);
  await page.locator('[data-answer="no-reply"]').click();
  await expect.poll(() => machine.requested).toBe(true);
  machine.release();
  await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'last-stage');
  await expect(page).toHaveURL('/guide/no-reply/');
  // Shown in place, once: one new history entry, no page load.
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  await page.goBack();
  await expect(page).toHaveURL('/guide/');
});

test('the guide’s island arrives once the page has painted, and an answer double-clicked before it is shown in place, once', async ({ page }) => {
  // A slow network for the island's own script: held until the reader has already clicked.
  const island = await holdScript(page, /\/lazy-guideIsland[^/]*\.js$/);
  await page.goto('/guide/');
  // Asked for without any touch, once the page is on screen.
  await expect.poll(() => island.requested).toBe(true);
  const entries = await page.evaluate(() => Object.assign(window, { __sameDocument: true }) && history.length);
  await page.locator('[data-answer="no-reply"]').dblclick();
  // The click waits for the island rather than leaving the page.
  await expect(page).toHaveURL('/guide/');
  island.release();
  await expect(page).toHaveURL('/guide/no-reply/');
  await expect(page.locator('[data-guide-heading]')).toBeFocused();
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  expect(await page.evaluate(() => history.length), 'one new history entry').toBe(entries + 1);
});

/** Until the page has fetched (and so holds, ready to show at once) every step a question's answers lead to. */
async function untilAnswersFetched(page: Page, answers: readonly string[], questionId: string) {
  const wanted = answersOf(questionId).map((answer) => pathUrl([...answers, answer.slug]));
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)))
    .toEqual(expect.arrayContaining(wanted));
}

test('an answer double-clicked after the island has arrived answers one question, not two', async ({ page }) => {
  // Every step involved already fetched, so each is shown the moment it is asked for: the
  // double-click's second click then lands on the next step, where another answer now sits.
  await page.goto('/guide/');
  await page.locator('[data-answer="no-reply"]').click();
  await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'last-stage');
  await untilAnswersFetched(page, ['no-reply'], 'last-stage');
  await page.goBack();
  await expect(page.locator('[data-step]')).toHaveAttribute('data-step', GUIDE_START);
  await page.locator('[data-answer="no-reply"]').dblclick();
  await expect(page).toHaveURL('/guide/no-reply/');
  await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'last-stage');
  await expect(page.locator('.answer-summary__row')).toHaveCount(1);
});

test('an answer double-clicked as the island arrives, between its two clicks, answers one question', async ({ page }) => {
  const island = await holdScript(page, /\/lazy-guideIsland[^/]*\.js$/);
  await page.goto('/guide/');
  await expect.poll(() => island.requested).toBe(true);
  const entries = await page.evaluate(() => history.length);
  // In view first: the mouse clicks where the answer is on screen.
  await page.locator('[data-answer="no-reply"]').scrollIntoViewIfNeeded();
  const box = (await page.locator('[data-answer="no-reply"]').boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  // The first click, held by the page script until the island has run…
  await page.mouse.click(x, y);
  island.release();
  await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'last-stage');
  await untilAnswersFetched(page, ['no-reply'], 'last-stage');
  // …and the double-click's second, on the same spot, now over an answer of the step shown.
  await page.mouse.down({ clickCount: 2 });
  await page.mouse.up({ clickCount: 2 });
  await expect(page).toHaveURL('/guide/no-reply/');
  await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'last-stage');
  expect(await page.evaluate(() => history.length), 'one new history entry').toBe(entries + 1);
});

test('if the island’s script never arrives, an answer is still a link to the next step', async ({ page }) => {
  await page.route(/\/lazy-guideIsland[^/]*\.js$/, (route) => route.abort());
  await page.goto('/guide/');
  await page.locator('[data-answer="no-reply"]').click();
  await expect(page).toHaveURL('/guide/no-reply/');
  await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'last-stage');
});

test('a button double-clicked before the guide’s island arrives acts once', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {
      const counted = window as unknown as { __printed?: number };
      counted.__printed = (counted.__printed ?? 0) + 1;
    };
  });
  const island = await holdScript(page, /\/lazy-guideIsland[^/]*\.js$/);
  await page.goto('/guide/outcomes/ask-feedback/');
  await page.locator('[data-outcome] [data-print]').first().dblclick();
  island.release();
  await expect(page.locator('html')).toHaveAttribute('data-islands', 'ready');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __printed?: number }).__printed)).toBe(1);
  // Still once, a moment later.
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __printed?: number }).__printed)).toBe(1);
});
