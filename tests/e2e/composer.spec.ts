import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, holdScript } from './fixtures';
import { t } from '../../src/i18n';

/**
 * The composer on a template outcome: the message first, its blanks filled in place, copy with a
 * summary of blanks left, channels, editing the whole message, and storage that may fail. Fields
 * are found by their name (labels are content), buttons by their data-copy hook.
 */

/** A reply (thread, email, job board, text, LinkedIn, phone, in person) with its own field "workOn". */
const THREE_CHANNELS = '/guide/outcomes/thank-for-feedback/';
/** A template whose subject has a blank ({role}) and whose first channel is the thread reply. */
const SUBJECT_BLANK = '/guide/outcomes/last-check-in/';

const channel = (page: Page, id: string) => page.locator(`[data-channel="${id}"]`);
const blankIn = (page: Page, id: string, name: string) => channel(page, id).locator(`[data-blank-input][name="${name}"]`);
const formField = (page: Page, name: string) => page.locator(`[data-template-field][name="${name}"]`);
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** What a click puts on the clipboard (copying is asynchronous: wait until it has happened). */
async function copiedBy(page: Page, click: () => Promise<void>): Promise<string> {
  const nothing = '(nothing copied yet)';
  await page.evaluate((text) => navigator.clipboard.writeText(text), nothing);
  await click();
  await expect.poll(() => clipboard(page)).not.toBe(nothing);
  return clipboard(page);
}

/**
 * The reader reaches for the composer, which loads on that first sign of intent: a pointer over
 * it (a tap on a blank, on a phone, is tested on its own below).
 */
async function reachFor(page: Page) {
  const tool = page.locator('[data-template-tool]');
  await tool.hover();
  await expect(tool).toHaveAttribute('data-connected', 'true');
}

async function fillAll(page: Page, id: string) {
  const values: Record<string, string> = {
    theirName: 'Ms Patel',
    role: 'Data Analyst',
    company: 'Northfield & Sons',
    yourName: 'Sam Taylor',
    workOn: 'shorter answers',
    lastContact: 'my interview on 3 March',
  };
  // The blanks become inputs once the composer's script has connected.
  await reachFor(page);
  for (const input of await channel(page, id).locator('[data-blank-input]').all()) {
    const name = (await input.getAttribute('name'))!;
    if (values[name] && !(await input.inputValue())) await input.fill(values[name]);
  }
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the message and its Copy button are on the first screen', async ({ page }) => {
    // The longest path to a template: the most answers above the message.
    await page.goto('/guide/no-reply/interviews/in-touch-by-email/date-passed/under-six-weeks/not-since/');
    const copy = page.locator('[data-channel]:visible [data-copy]').first();
    await expect(copy).toBeVisible();
    const box = (await copy.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    const message = (await page.locator('[data-channel]:visible [data-template-output]').boundingBox())!;
    expect(message.y).toBeLessThan(844);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('a long answer in a blank wraps inside the message, none of it out of sight, and stays one line of text', async ({ page }) => {
    await page.goto(THREE_CHANNELS);
    await reachFor(page);
    const blank = blankIn(page, 'thread', 'workOn');
    const short = (await blank.boundingBox())!.height;
    const answer = 'how to give shorter answers with an example in each, and how to say more about my work with customers';
    await blank.fill(answer);
    const sizes = await blank.evaluate((input) => ({
      hiddenAcross: input.scrollWidth - input.clientWidth,
      hiddenBelow: input.scrollHeight - input.clientHeight,
      right: input.getBoundingClientRect().right,
      messageRight: input.closest('[data-message]')!.getBoundingClientRect().right,
    }));
    expect(sizes.hiddenAcross).toBeLessThanOrEqual(1);
    expect(sizes.hiddenBelow).toBeLessThanOrEqual(1);
    expect(sizes.right).toBeLessThanOrEqual(sizes.messageRight);
    expect((await blank.boundingBox())!.height).toBeGreaterThan(short * 2);
    // Enter and pasted line breaks don't break the message's line.
    await blank.press('Enter');
    await expect(blank).toHaveValue(answer);
    await blank.fill('two\nlines');
    await expect(blank).toHaveValue('two lines');
    await expect(formField(page, 'workOn')).toHaveValue('two lines');
  });
});

/** WCAG contrast ratio of two computed colours (`rgb(r, g, b)`). */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = color.match(/[\d.]+/g)!.slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`in ${colorScheme} mode an empty blank's hint is readable on its mark`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(THREE_CHANNELS);
    await reachFor(page);
    const blanks = await channel(page, 'thread').locator('[data-blank-input]:placeholder-shown:not(.blank-input--optional)').all();
    expect(blanks.length).toBeGreaterThan(0);
    for (const blank of blanks) {
      const { hint, mark } = await blank.evaluate((input) => ({
        hint: getComputedStyle(input, '::placeholder').color,
        mark: getComputedStyle(input).backgroundColor,
      }));
      expect(contrast(hint, mark), `${await blank.getAttribute('name')}: ${hint} on ${mark}`).toBeGreaterThanOrEqual(4.5);
    }
  });
}

test('at 320 px the composer fits without sideways scrolling, blanks included', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(THREE_CHANNELS);
  await reachFor(page);
  await blankIn(page, 'thread', 'workOn').fill('x'.repeat(120));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('typing in a blank fills it everywhere: the form, every channel, and the next visit', async ({ page }) => {
  await page.goto(THREE_CHANNELS);
  await reachFor(page);
  const blank = blankIn(page, 'thread', 'theirName');
  await expect(blank).toHaveAccessibleName(/\S/);
  await blank.fill('Ms Patel');
  await expect(formField(page, 'theirName')).toHaveValue('Ms Patel');
  await expect(blankIn(page, 'email', 'theirName')).toHaveValue('Ms Patel');
  await expect(blankIn(page, 'linkedin', 'theirName')).toHaveValue('Ms Patel');
  // And the other way: the details form fills the blanks.
  await formField(page, 'role').fill('Data Analyst');
  await expect(blankIn(page, 'thread', 'role')).toHaveValue('Data Analyst');
  await page.reload();
  await expect(blankIn(page, 'thread', 'theirName')).toHaveValue('Ms Patel');
});

test('the greeting can match theirs, and falls back to a formal one', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(THREE_CHANNELS);
  await fillAll(page, 'thread');
  const copyBody = () => channel(page, 'thread').locator('[data-copy="body"]').click();
  const formal = await copiedBy(page, copyBody);
  await blankIn(page, 'thread', 'greeting').fill('Hi');
  const informal = await copiedBy(page, copyBody);
  expect(informal.startsWith('Hi Ms Patel')).toBe(true);
  expect(formal.startsWith('Hi ')).toBe(false);
  expect(formal.replace(/^\S+/, 'Hi')).toBe(informal);
  await expect(page.locator('datalist#suggest-greeting option')).not.toHaveCount(0);
});

test('copying with blanks left lists each blank, links to it, and can copy anyway', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(THREE_CHANNELS);
  await page.evaluate(() => navigator.clipboard.writeText('before'));
  await reachFor(page);
  await blankIn(page, 'thread', 'theirName').fill('Ms Patel');
  await channel(page, 'thread').locator('[data-copy="body"]').click();

  const summary = channel(page, 'thread').locator('[data-gap-summary]');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  // Blanks left: role, workOn, company, yourName (the greeting has its fallback; their name is filled).
  await expect(summary.getByRole('listitem')).toHaveCount(4);
  expect(await clipboard(page)).toBe('before');

  await summary.getByRole('link').first().click();
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('name'));
  expect(focused).toBe('role');

  await channel(page, 'thread').locator('[data-copy="body"]').click();
  const copied = await copiedBy(page, () => summary.getByRole('button').click());
  await expect(summary).toBeHidden();
  expect(copied).toContain('Ms Patel');
  expect(copied).toMatch(/\[[^\]]+\]/);
});

test.describe('on a slow phone, the composer arrives when the reader reaches for it', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  /** Holds the composer's script until `release` is called; says whether it was asked for. */
  const holdComposer = (page: Page) => holdScript(page, /\/lazy-templateTool[^/]*\.js$/);

  test('nothing loads before the reader reaches for it; a Copy tapped while it loads still copies', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const composer = await holdComposer(page);
    await page.goto(THREE_CHANNELS);
    await page.waitForLoadState('networkidle');
    expect(composer.requested).toBe(false);
    await channel(page, 'thread').locator('[data-copy="body"]').tap();
    await expect.poll(() => composer.requested).toBe(true);
    composer.release();
    // The tap is done once the composer has connected: blanks are left, so the summary says so.
    const summary = channel(page, 'thread').locator('[data-gap-summary]');
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
  });

  test('a blank tapped while it loads becomes the input the reader types into', async ({ page }) => {
    const composer = await holdComposer(page);
    // The guide's own island held too: the tap comes before any script has arrived.
    const island = await holdScript(page, /\/lazy-guideIsland[^/]*\.js$/);
    await page.goto(THREE_CHANNELS);
    await channel(page, 'thread').locator('[data-blank="role"]').tap();
    island.release();
    await expect.poll(() => composer.requested).toBe(true);
    composer.release();
    const input = blankIn(page, 'thread', 'role');
    await expect(input).toBeFocused();
    await page.keyboard.type('Data Analyst');
    await expect(formField(page, 'role')).toHaveValue('Data Analyst');
  });

  test('a reader with saved details finds them in the message without touching anything', async ({ page }) => {
    await page.goto(THREE_CHANNELS);
    await page.evaluate(() => localStorage.setItem('after-the-no:details', JSON.stringify({ theirName: 'Ms Patel' })));
    await page.reload();
    await expect(blankIn(page, 'thread', 'theirName')).toHaveValue('Ms Patel');
  });
});

test('the summary goes once every blank is filled, and copying then needs no confirmation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(THREE_CHANNELS);
  await channel(page, 'thread').locator('[data-copy="body"]').click();
  const summary = channel(page, 'thread').locator('[data-gap-summary]');
  await expect(summary).toBeVisible();
  const listed = await summary.getByRole('listitem').count();
  // The list keeps up as the reader fills the blanks, before any second copy.
  const roleLink = summary.locator(`a[href="#${await blankIn(page, 'thread', 'role').getAttribute('id')}"]`);
  await expect(roleLink).toHaveCount(1);
  await blankIn(page, 'thread', 'role').fill('Operations Coordinator');
  await expect(summary.getByRole('listitem')).toHaveCount(listed - 1);
  await expect(roleLink).toHaveCount(0);
  await fillAll(page, 'thread');
  await expect(summary).toBeHidden();
  const button = channel(page, 'thread').locator('[data-copy="body"]');
  const label = await button.textContent();
  await button.click();
  // Confirmed on the button itself, and announced.
  await expect(button).toHaveText(t('composer.copied'));
  await expect(channel(page, 'thread').getByRole('status')).toHaveText(t('composer.copiedStatus.body'));
  await expect(button).toHaveText(label!, { timeout: 5000 });
  const copied = await clipboard(page);
  expect(copied).not.toMatch(/[[\]]/);
  expect(copied).toContain('shorter answers');
});

test('“copied” is said only while it is true: a change to the message after copying takes it back', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(THREE_CHANNELS);
  await fillAll(page, 'thread');
  const thread = channel(page, 'thread');
  const button = thread.locator('[data-copy="body"]');
  const label = await button.textContent();
  const status = thread.getByRole('status');

  // A blank changed straight after copying: the status and the button stop saying "copied".
  await copiedBy(page, () => button.click());
  await expect(status).toHaveText(t('composer.copiedStatus.body'));
  await expect(button).toHaveText(t('composer.copied'));
  await blankIn(page, 'thread', 'workOn').fill('clearer examples');
  await expect(status).toHaveText('');
  await expect(button).toHaveText(label!);

  // The same in the whole-message editor.
  await copiedBy(page, () => button.click());
  await expect(status).toHaveText(t('composer.copiedStatus.body'));
  await thread.locator('[data-edit-toggle]').click();
  await expect(status).toHaveText(t('composer.copiedStatus.body')); // opening the editor changes no word
  await thread.locator('[data-edit-body]').pressSequentially(' Thanks');
  await expect(status).toHaveText('');
  await expect(button).toHaveText(label!);

  // A change that leaves what was copied as it was (the subject, on an email) keeps the word.
  await page.getByRole('radio', { name: t('composer.channel.email') }).check();
  const email = channel(page, 'email');
  await fillAll(page, 'email');
  const subjectButton = email.locator('[data-copy="subject"]');
  const subjectLabel = await subjectButton.textContent();
  await copiedBy(page, () => subjectButton.click());
  await expect(email.getByRole('status')).toHaveText(t('composer.copiedStatus.subject'));
  await blankIn(page, 'email', 'workOn').fill('my portfolio');
  await expect(email.getByRole('status')).toHaveText(t('composer.copiedStatus.subject'));

  // A second copy straight after (within the first one's moment of "Copied ✓"): only its own
  // button says so now.
  const bodyButton = email.locator('[data-copy="body"]');
  await copiedBy(page, () => bodyButton.click());
  await expect(bodyButton).toHaveText(t('composer.copied'));
  expect(await subjectButton.textContent()).toBe(subjectLabel); // at once, not when its moment is up
});

test('an email copies its subject, its body, or both; the mailto: link and the download carry the same words', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(SUBJECT_BLANK);
  await page.getByRole('radio', { name: t('composer.channel.email') }).check();
  await expect(channel(page, 'email')).toBeVisible();
  await expect(channel(page, 'thread')).toBeHidden();
  await fillAll(page, 'email');
  const email = channel(page, 'email');

  const subject = await copiedBy(page, () => email.locator('[data-copy="subject"]').click());
  expect(subject).toContain('Data Analyst');
  expect(subject).not.toContain('\n');

  const body = await copiedBy(page, () => email.locator('[data-copy="body"]').click());
  expect(body).toContain('Ms Patel');
  expect(body).not.toContain(t('template.subject'));
  expect(body).not.toMatch(/[[\]]/);

  const all = await copiedBy(page, () => email.locator('[data-copy="all"]').click());
  await expect(email.getByRole('status')).toHaveText(t('composer.copiedStatus.all'));
  expect(all).toBe(`${t('template.subject')} ${subject}\n\n${body}`);

  const href = (await email.getByRole('link', { name: t('template.openEmail') }).getAttribute('href'))!;
  const params = new URLSearchParams(href.slice('mailto:?'.length));
  expect(params.get('subject')).toBe(subject);
  expect(params.get('body')).toBe(body.replace(/\n/g, '\r\n'));

  const [download] = await Promise.all([page.waitForEvent('download'), email.locator('[data-template-download]').click()]);
  expect(download.suggestedFilename()).toMatch(/\.txt$/);
  expect(readFileSync((await download.path())!, 'utf8')).toBe(`${t('template.subject')} ${subject}\n\n${body}`);
});

test('line breaks never reach a one-line detail or an email’s subject, typed, pasted or stored', async ({ page }) => {
  await page.goto(SUBJECT_BLANK);
  // Stored by an older version of the page, another tab, or by hand.
  await page.evaluate(() => {
    localStorage.setItem('after-the-no:details', JSON.stringify({ role: 'Data\r\nAnalyst', company: 'Acme\nBcc: someone@example.com' }));
  });
  await page.reload();
  await page.getByRole('radio', { name: t('composer.channel.email') }).check();
  await reachFor(page);
  const email = channel(page, 'email');
  const mailtoSubject = async () => {
    const href = (await email.getByRole('link', { name: t('template.openEmail') }).getAttribute('href'))!;
    return new URLSearchParams(href.slice('mailto:?'.length)).get('subject')!;
  };
  await expect(blankIn(page, 'email', 'role').first()).toHaveValue('Data Analyst');
  await expect(formField(page, 'company')).toHaveValue('Acme Bcc: someone@example.com');
  await expect.poll(mailtoSubject).toContain('Data Analyst');
  expect(await mailtoSubject()).not.toMatch(/[\r\n]/);

  // Pasted into a blank of the subject: the same.
  const blank = blankIn(page, 'email', 'role').first();
  await blank.fill('');
  await blank.focus();
  await page.keyboard.insertText('Senior\nData Analyst');
  await expect(blank).toHaveValue('Senior Data Analyst');
  await expect.poll(mailtoSubject).toContain('Senior Data Analyst');
  expect(await mailtoSubject()).not.toMatch(/[\r\n]/);

  // A rewritten subject read back from storage.
  await page.evaluate(() => {
    localStorage.setItem('after-the-no:edits', JSON.stringify({ 'last-check-in/email:subject': 'Checking in\r\nabout the role', 'last-check-in/email:body': 'Hello.' }));
  });
  await page.reload();
  await page.getByRole('radio', { name: t('composer.channel.email') }).check();
  await reachFor(page);
  await expect(email.locator('[data-edit-subject]')).toHaveValue('Checking in about the role');
  await expect.poll(mailtoSubject).toBe('Checking in about the role');
});

test('a reply in their thread has no subject to copy', async ({ page }) => {
  await page.goto(SUBJECT_BLANK);
  const thread = channel(page, 'thread');
  await expect(thread).toBeVisible();
  await expect(thread.locator('[data-copy]')).toHaveCount(1);
  await expect(thread.locator('[data-copy="body"]')).toBeVisible();
});

test('the LinkedIn version counts what will be sent, live, against the reader’s account, and says where LinkedIn would cut', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(THREE_CHANNELS);
  await page.getByRole('radio', { name: t('composer.channel.linkedin') }).check();
  const linkedin = channel(page, 'linkedin');
  await expect(linkedin).toBeVisible();
  const count = linkedin.locator('[data-linkedin-count]');
  const shown = async () => Number((await count.textContent())!.match(/\d+/)![0]);
  const copyBody = () => copiedBy(page, () => linkedin.locator('[data-copy="body"]').click());
  await fillAll(page, 'linkedin');
  // The count is the length of what a copy puts on the clipboard, in characters as a reader counts them.
  const short = await copyBody();
  expect(await shown()).toBe([...short].length);
  await expect(count).not.toHaveAttribute('data-over');
  await expect(count).toContainText(t('composer.count', { count: [...short].length, max: 200 }));
  // Past a free account's 200 characters: where LinkedIn would stop, and screen readers hear the new count once typing pauses.
  await blankIn(page, 'linkedin', 'workOn').fill('a longer phrase about what I will work on next, with many more words than before');
  await expect(count).toHaveAttribute('data-over', '');
  const sent = await copyBody();
  expect(await shown()).toBe([...sent].length);
  const end = [...sent].slice(0, 200).join('').trimEnd().split(/\s+/).slice(-6).join(' ');
  await expect(count).toContainText(t('composer.countOver', { max: 200, end }));
  await expect(linkedin.locator('[data-linkedin-count-status]')).toHaveText((await count.textContent())!);
  // A Premium account takes 300: the same message fits, and the choice is remembered.
  await linkedin.getByRole('radio', { name: t('composer.linkedinPremium', { count: 300 }) }).check();
  await expect(count).not.toHaveAttribute('data-over');
  await expect(count).toContainText(t('composer.count', { count: [...sent].length, max: 300 }));
  await page.reload();
  await page.getByRole('radio', { name: t('composer.channel.linkedin') }).check();
  await expect(linkedin.getByRole('radio', { name: t('composer.linkedinPremium', { count: 300 }) })).toBeChecked();
  // Past LinkedIn's own 300.
  await blankIn(page, 'linkedin', 'workOn').fill('x'.repeat(190));
  await expect(count).toHaveAttribute('data-over', '');
  expect(await shown()).toBeGreaterThan(300);
});

test('"Edit the whole message" lets any word change, keeps the edits after a reload, and undoes them', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(THREE_CHANNELS);
  await fillAll(page, 'thread');
  const thread = channel(page, 'thread');
  // Nothing to undo yet: only the way in shows, and while editing only the way out.
  await expect(thread.locator('[data-edit-undo]')).toBeHidden();
  await thread.locator('[data-edit-toggle]').click();
  const editor = thread.locator('[data-edit-body]');
  await expect(editor).toBeFocused();
  await expect(thread.locator('[data-edit-toggle]')).toBeHidden();
  await expect(thread.locator('[data-edit-undo]')).toBeVisible();
  await expect(editor).toHaveValue(/Ms Patel/);
  await editor.fill('My own words, start to finish.');
  await page.reload();
  await expect(thread.locator('[data-edit-body]')).toHaveValue('My own words, start to finish.');
  expect(await copiedBy(page, () => thread.locator('[data-copy="body"]').click())).toBe('My own words, start to finish.');

  await thread.locator('[data-edit-undo]').click();
  await expect(thread.locator('[data-edit-body]')).toBeHidden();
  await expect(thread.locator('[data-template-output]')).toBeVisible();
  await expect(thread.locator('[data-edit-undo]')).toBeHidden();
  await expect(thread.locator('[data-edit-toggle]')).toBeFocused();
  await page.reload();
  await expect(thread.locator('[data-template-output]')).toBeVisible();
  await expect(thread.locator('[data-edit-body]')).toBeHidden();
});

test('"Clear my details" says when a rewritten message goes too, and can put everything back until the reader types again', async ({ page }) => {
  await page.goto(THREE_CHANNELS);
  await fillAll(page, 'thread');
  const thread = channel(page, 'thread');
  const clear = page.locator('[data-template-clear]');
  const restore = page.locator('[data-template-restore]');
  const status = page.locator('[data-details-status]');
  await expect(restore).toBeHidden();

  // Details only: the plain message.
  await clear.click();
  await expect(status).toHaveText(t('template.cleared'));
  await expect(formField(page, 'role')).toHaveValue('');
  await restore.click();
  await expect(formField(page, 'role')).toHaveValue('Data Analyst');
  await expect(status).toHaveText(t('template.restored'));
  await expect(restore).toBeHidden();
  await expect(clear).toBeFocused();

  // Details and a rewritten message: both go, the message back to the template, and both come back.
  await thread.locator('[data-edit-toggle]').click();
  await thread.locator('[data-edit-body]').fill('My own words, start to finish.');
  await clear.click();
  await expect(status).toHaveText(t('template.clearedWithEdits'));
  await expect(thread.locator('[data-edit-body]')).toBeHidden();
  await expect(blankIn(page, 'thread', 'role')).toHaveValue('');
  await restore.click();
  await expect(thread.locator('[data-edit-body]')).toHaveValue('My own words, start to finish.');
  await expect(formField(page, 'role')).toHaveValue('Data Analyst');
  await page.reload();
  await expect(thread.locator('[data-edit-body]')).toHaveValue('My own words, start to finish.');
  await expect(formField(page, 'role')).toHaveValue('Data Analyst');

  // Once the reader types something new, what was cleared is gone for good.
  await reachFor(page);
  await clear.click();
  await expect(restore).toBeVisible();
  await formField(page, 'yourName').fill('Alex Kim');
  await expect(restore).toBeHidden();
  await page.reload();
  await expect(formField(page, 'role')).toHaveValue('');
  await expect(formField(page, 'yourName')).toHaveValue('Alex Kim');
});

test('"Clear my details" clicked twice (a double-click) still offers to put everything back', async ({ page }) => {
  await page.goto(THREE_CHANNELS);
  await fillAll(page, 'thread');
  const thread = channel(page, 'thread');
  await thread.locator('[data-edit-toggle]').click();
  await thread.locator('[data-edit-body]').fill('My own words, start to finish.');
  await page.locator('[data-template-clear]').dblclick();
  // The second click had nothing left to clear: it leaves the first one's Undo and its words.
  await expect(page.locator('[data-details-status]')).toHaveText(t('template.clearedWithEdits'));
  await page.locator('[data-template-restore]').click();
  await expect(formField(page, 'role')).toHaveValue('Data Analyst');
  await expect(thread.locator('[data-edit-body]')).toBeVisible();
  await expect(thread.locator('[data-edit-body]')).toHaveValue('My own words, start to finish.');
});

/** How a browser may refuse storage: full, or blocked by privacy settings (reads and all, or the store itself). */
const REFUSALS = {
  'a full storage (writes throw)': 'write',
  'storage that throws on every read, write and removal': 'every',
  'storage that throws on being reached at all': 'whole',
} as const;

/** Makes the page's storage refuse in one of those ways, from before its scripts run. */
function refuseStorage(page: Page, how: (typeof REFUSALS)[keyof typeof REFUSALS]) {
  return page.addInitScript((how) => {
    const refuse = () => {
      throw new DOMException('Storage refused.', how === 'write' ? 'QuotaExceededError' : 'SecurityError');
    };
    Storage.prototype.setItem = refuse;
    if (how === 'write') return;
    Storage.prototype.getItem = refuse;
    Storage.prototype.removeItem = refuse;
    if (how === 'whole') Object.defineProperty(window, 'localStorage', { get: refuse });
  }, how);
}

for (const [refusal, how] of Object.entries(REFUSALS)) {
  test(`with ${refusal}, the page says details won’t be remembered, and still fills, copies and clears`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await refuseStorage(page, how);
    await page.goto(THREE_CHANNELS);
    await reachFor(page);
    await expect(page.locator('[data-storage-note]')).toBeVisible();
    await fillAll(page, 'thread');
    expect(await copiedBy(page, () => channel(page, 'thread').locator('[data-copy="body"]').click())).toContain('Ms Patel');
    await page.locator('[data-template-clear]').click();
    await expect(blankIn(page, 'thread', 'theirName')).toHaveValue('');
  });
}

for (const [refusal, how] of Object.entries(REFUSALS)) {
  test(`with ${refusal}, Undo after "Clear my details" brings back the details and the rewritten message`, async ({ page }) => {
    await refuseStorage(page, how);
    await page.goto(THREE_CHANNELS);
    await fillAll(page, 'thread');
    const thread = channel(page, 'thread');
    const editor = thread.locator('[data-edit-body]');
    await thread.locator('[data-edit-toggle]').click();
    await editor.fill('Words kept only by this page.');
    await page.locator('[data-template-clear]').click();
    // The page says the rewritten message went too, as it does where storage works.
    await expect(page.locator('[data-details-status]')).toHaveText(t('template.clearedWithEdits'));
    await expect(editor).toBeHidden();
    await page.locator('[data-template-restore]').click();
    // Shown again, not just still held by the hidden editor.
    await expect(editor).toBeVisible();
    await expect(editor).toHaveValue('Words kept only by this page.');
    await expect(formField(page, 'role')).toHaveValue('Data Analyst');
  });
}

test('a stored edit of the whole message is capped when read', async ({ page }) => {
  await page.goto(THREE_CHANNELS);
  await page.evaluate(() => localStorage.setItem('after-the-no:edits', JSON.stringify({ 'thank-for-feedback/thread:body': 'y'.repeat(100_000) })));
  await page.reload();
  await reachFor(page);
  const editor = channel(page, 'thread').locator('[data-edit-body]');
  await expect(editor).toBeVisible();
  const length = (await editor.inputValue()).length;
  expect(length).toBeGreaterThan(0);
  expect(length).toBeLessThanOrEqual(3_000);
});

test('stored details that are broken, huge or not ours never break the page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(THREE_CHANNELS);
  for (const stored of ['{not json', '[1,2]', JSON.stringify({ theirName: '\ud800 lone', yourName: 'x'.repeat(100_000), role: 42 })]) {
    await page.evaluate((value) => localStorage.setItem('after-the-no:details', value), stored);
    await page.reload();
    await expect(page.locator('[data-template-tool]')).toHaveAttribute('data-connected', 'true');
    expect((await blankIn(page, 'thread', 'yourName').inputValue()).length).toBeLessThanOrEqual(200);
    await page.locator('[data-template-clear]').click();
    await expect(blankIn(page, 'thread', 'yourName')).toHaveValue('');
  }
});

test('the first release’s test hooks are still on the composer, beside the new ones', async ({ page }) => {
  await page.goto(SUBJECT_BLANK);
  const thread = channel(page, 'thread');
  await expect(thread).toHaveAttribute('data-template-body-source', /\{/);
  await expect(thread.locator('[data-template-thread]')).toBeVisible();
  await expect(thread.locator('[data-template-copy]')).toHaveAttribute('data-copy', 'body');
  const email = channel(page, 'email');
  await expect(email).toHaveAttribute('data-template-subject-source', /\{/);
  await expect(email.locator('[data-template-copy]')).toHaveAttribute('data-copy', 'all');
  await expect(email.locator('[data-template-subject]')).toHaveCount(1);
  for (const hook of ['data-template-tool', 'data-template-form', 'data-template-field', 'data-template-output', 'data-template-mailto', 'data-template-download', 'data-template-clear', 'data-template-status']) {
    expect(await page.locator(`[${hook}]`).count(), hook).toBeGreaterThan(0);
  }
  await page.goto(THREE_CHANNELS);
  await expect(channel(page, 'linkedin').locator('[data-template-length]')).toHaveCount(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every channel’s words are in the page with their blanks marked, and the choice still works', async ({ page }) => {
    await page.goto(THREE_CHANNELS);
    for (const id of ['thread', 'email', 'linkedin']) {
      await expect(channel(page, id).locator('[data-template-output] .template-blank').first()).toHaveAttribute('data-label', /\S/);
    }
    // Each blank stands out from the words around it, and the words can be selected to copy by hand.
    const blank = channel(page, 'thread').locator('[data-template-output] [data-blank][data-label]').first();
    const backgrounds = await blank.evaluate((element) => [getComputedStyle(element).backgroundColor, getComputedStyle(element.closest('[data-message]')!).backgroundColor]);
    expect(backgrounds[0]).not.toBe(backgrounds[1]);
    expect(backgrounds[0]).not.toBe('rgba(0, 0, 0, 0)');
    const output = channel(page, 'thread').locator('[data-template-output]');
    await output.selectText();
    expect(await page.evaluate(() => getSelection()!.toString().length)).toBeGreaterThan(100);
    await expect(channel(page, 'thread')).toBeVisible();
    await expect(channel(page, 'linkedin')).toBeHidden();
    await page.getByRole('radio', { name: t('composer.channel.linkedin') }).check();
    await expect(channel(page, 'linkedin')).toBeVisible();
    await expect(channel(page, 'thread')).toBeHidden();
    // The tools that need a script are not offered.
    await expect(channel(page, 'linkedin').locator('[data-copy]')).toBeHidden();
  });

  test('the LinkedIn count is the length of the message as shown, with no false warning', async ({ page }) => {
    await page.goto(THREE_CHANNELS);
    await page.getByRole('radio', { name: t('composer.channel.linkedin') }).check();
    const linkedin = channel(page, 'linkedin');
    const words = (await linkedin.locator('[data-template-output]').textContent())!.trim();
    const count = linkedin.locator('[data-linkedin-count]');
    expect(Number((await count.textContent())!.match(/\d+/)![0])).toBe([...words].length);
    // This message fits a free account (the build holds every LinkedIn version to 300 with its blanks filled).
    expect([...words].length).toBeLessThanOrEqual(200);
    await expect(count).not.toHaveAttribute('data-over');
  });
});

test('on a wide screen the details sit beside the message, which stays in view while you type', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(THREE_CHANNELS);
  const message = (await channel(page, 'thread').boundingBox())!;
  const details = (await page.locator('[data-template-form]').boundingBox())!;
  expect(details.x).toBeGreaterThanOrEqual(message.x + message.width);
  // Typing in the last detail, far down the form: the message is still on screen.
  await formField(page, 'workOn').scrollIntoViewIfNeeded();
  await formField(page, 'workOn').fill('shorter answers');
  await expect(channel(page, 'thread').locator('[data-template-output]')).toBeInViewport();
});

test('on a phone the details are one tap away, folded under the message; widened, they open beside it, say so, and stay open', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(THREE_CHANNELS);
  const form = page.locator('[data-template-form]');
  // Folded: the blanks in the message are the place to type.
  await expect(formField(page, 'yourName')).toBeHidden();
  await form.locator('summary').click();
  await expect(formField(page, 'yourName')).toBeVisible();
  await formField(page, 'yourName').fill('Sam Taylor');
  await expect(blankIn(page, 'thread', 'yourName')).toHaveValue('Sam Taylor');
  await form.locator('summary').click();
  await expect(formField(page, 'yourName')).toBeHidden();
  // Wide: open beside the message, and open to a screen reader too.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(formField(page, 'yourName')).toBeVisible();
  await expect(form).toHaveJSProperty('open', true);
  // Narrowed again (a zoom, a turned tablet): never folded under the reader's typing.
  await formField(page, 'yourName').focus();
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(formField(page, 'yourName')).toBeVisible();
  await expect(formField(page, 'yourName')).toBeFocused();
});

test('a phone script is its own channel, copied as a script, with lines for when they pick up', async ({ page }) => {
  // The second release's voicemail page is now the phone channel of "Ask for feedback", chosen for the reader.
  await page.goto('/guide/outcomes/voicemail-script/');
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome-id', 'ask-feedback');
  const phone = channel(page, 'phone');
  await expect(phone).toBeVisible();
  await expect(page.getByRole('radio', { name: t('composer.channel.phone') })).toBeChecked();
  await expect(phone.locator('[data-copy]')).toHaveCount(1);
  await expect(phone.locator('[data-copy="body"]')).toHaveText(t('composer.copy.script'));
  expect(await phone.locator('[data-channel-points] li').count()).toBeGreaterThan(0);
});

test.describe('the message opens on the channel the news came by', () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, id] of [
    ['/guide/turned-down/by-text/still-keen/came-close/', 'text'],
    ['/guide/turned-down/on-linkedin/still-keen/came-close/', 'linkedin'],
    ['/guide/turned-down/on-job-board/still-keen/came-close/', 'job-board'],
    ['/guide/turned-down/by-phone/email-is-easiest/still-keen/came-close/', 'email'],
    ['/guide/turned-down/by-email/still-keen/came-close/', 'thread'],
    ['/guide/no-reply/interviews/in-touch-by-phone/no-date/one-to-six-weeks/not-followed-up/', 'phone'],
  ] as const) {
    test(`${path} opens on ${id}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator(`[data-channel-choice][value="${id}"]`)).toBeChecked();
      await expect(channel(page, id)).toBeVisible();
      // Only the chosen one shows; every other is a click away.
      expect(await page.locator('[data-channel]:visible').count()).toBe(1);
    });
  }

  test('told face to face: what to say there and then, then the same-day email with its subject', async ({ page }) => {
    await page.goto('/guide/turned-down/in-person/still-keen/chose-someone-else/');
    const inPerson = channel(page, 'in-person');
    await expect(inPerson).toBeVisible();
    expect(await inPerson.locator('[data-channel-points] li').count()).toBeGreaterThanOrEqual(2);
    await expect(inPerson.locator('[data-template-subject]')).toHaveCount(1);
    await expect(inPerson.locator('[data-template-mailto]')).toHaveAttribute('href', /^mailto:\?subject=/);
  });

  test('every message offers at least an email, a text or chat, and a phone call', async ({ page }) => {
    for (const path of ['/guide/outcomes/ask-feedback/', '/guide/outcomes/wait-a-week/', '/guide/outcomes/reapply-reposted/', '/guide/outcomes/one-more-check-in/']) {
      await page.goto(path);
      for (const id of ['email', 'text', 'phone']) await expect(page.locator(`[data-channel-choice][value="${id}"]`), `${path} ${id}`).toHaveCount(1);
    }
  });
});

test('switching channel keeps what the reader typed', async ({ page }) => {
  await page.goto('/guide/turned-down/by-text/still-keen/came-close/');
  await reachFor(page);
  await blankIn(page, 'text', 'theirName').fill('Jo');
  await page.getByRole('radio', { name: t('composer.channel.phone') }).check();
  await expect(blankIn(page, 'phone', 'theirName')).toHaveValue('Jo');
  await page.getByRole('radio', { name: t('composer.channel.email') }).check();
  await expect(blankIn(page, 'email', 'theirName')).toHaveValue('Jo');
});

test('a referral: the reply to them, and a second message to the friend on the same page, filled from the same details', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/guide/turned-down/by-email/still-keen/no-reason/referred/');
  await expect(channel(page, 'thread')).toBeVisible();
  // The message to the friend is folded under the reply, its heading saying who it is for.
  const second = channel(page, 'second');
  await expect(second).toBeHidden();
  await page.locator('[data-second-message] > summary').click();
  await expect(second).toBeVisible();
  await reachFor(page);
  await formField(page, 'friendName').fill('Alex');
  await formField(page, 'yourName').fill('Sam Taylor');
  await expect(blankIn(page, 'second', 'friendName')).toHaveValue('Alex');
  const copied = await copiedBy(page, async () => {
    await second.locator('[data-copy="body"]').click();
    const anyway = second.locator('[data-copy-anyway]');
    if (await anyway.isVisible()) await anyway.click();
  });
  expect(copied).toContain('Alex');
  expect(copied).toContain('Sam Taylor');
  // Switching the main message's channel leaves the second one in view.
  await page.getByRole('radio', { name: t('composer.channel.text') }).check();
  await expect(second).toBeVisible();
});

test('fields take a name-sized value, the whole message about 3,000 characters', async ({ page }) => {
  await page.goto(THREE_CHANNELS);
  await reachFor(page);
  await expect(blankIn(page, 'thread', 'theirName')).toHaveAttribute('maxlength', '200');
  await expect(formField(page, 'theirName')).toHaveAttribute('maxlength', '200');
  await expect(channel(page, 'thread').locator('[data-edit-body]')).toHaveAttribute('maxlength', '3000');
});

test('a paste too long for a field is cut, and the reader is told how much was kept', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(THREE_CHANNELS);
  await reachFor(page);
  const paste = async (text: string) => {
    await page.evaluate((words) => navigator.clipboard.writeText(words), text);
    await page.keyboard.press('ControlOrMeta+V');
  };

  // The note sits right under the field, where the reader is looking.
  const noteUnder = (field: Locator) => field.locator('xpath=following-sibling::*[1][@data-paste-cut]');

  await formField(page, 'company').focus();
  await paste('Northfield Housing Trust');
  await expect(formField(page, 'company')).toHaveValue('Northfield Housing Trust');
  await expect(noteUnder(formField(page, 'company'))).toHaveCount(0);
  await formField(page, 'company').fill('');
  await paste('x'.repeat(250));
  await expect(formField(page, 'company')).toHaveValue('x'.repeat(200));
  await expect(noteUnder(formField(page, 'company'))).toHaveText(t('composer.pasteCut', { max: '200' }));
  await expect(noteUnder(formField(page, 'company'))).toBeInViewport();
  // Typing there again means the reader has seen it.
  await page.keyboard.press('Backspace');
  await expect(noteUnder(formField(page, 'company'))).toHaveCount(0);

  // A blank inside the message, and the whole message.
  const blank = blankIn(page, 'thread', 'role');
  await blank.focus();
  await paste('z'.repeat(300));
  await expect(noteUnder(blank)).toHaveText(t('composer.pasteCut', { max: '200' }));
  await expect(noteUnder(blank)).toBeInViewport();
  const thread = channel(page, 'thread');
  await thread.locator('[data-edit-toggle]').click();
  await thread.locator('[data-edit-body]').fill('');
  await paste('y'.repeat(3500));
  await expect(thread.locator('[data-edit-body]')).toHaveValue('y'.repeat(3000));
  await expect(noteUnder(thread.locator('[data-edit-body]'))).toHaveText(t('composer.pasteCut', { max: (3000).toLocaleString('en') }));
});

test('Share sends the filled-in message to the reader’s own apps, where the browser can share', async ({ page }) => {
  await page.addInitScript(() => {
    (navigator as { share?: unknown }).share = (data: ShareData) => {
      (window as { shared?: ShareData }).shared = data;
      return Promise.resolve();
    };
  });
  await page.goto(THREE_CHANNELS);
  await fillAll(page, 'thread');
  const share = channel(page, 'thread').locator('[data-share]');
  await expect(share).toBeVisible();
  await share.click();
  const shared = await page.waitForFunction(() => (window as { shared?: ShareData }).shared);
  expect(((await shared.jsonValue()) as ShareData).text).toContain('Ms Patel');
});

test('without the Web Share API there is no Share button, and the thread reply opens in the email app with the message', async ({ page }) => {
  await page.addInitScript(() => delete (navigator as { share?: unknown }).share);
  await page.goto(THREE_CHANNELS);
  await fillAll(page, 'thread');
  await expect(channel(page, 'thread').locator('[data-share]')).toBeHidden();
  const mailto = channel(page, 'thread').locator('[data-template-mailto]');
  await expect(mailto).toHaveText(t('template.openEmail'));
  await expect(mailto).toHaveAttribute('href', /^mailto:\?body=.*Ms%20Patel/);
});
