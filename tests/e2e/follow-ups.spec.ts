import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { LOCALE, t, tPlural } from '../../src/i18n';
import { dayInWords } from '../../src/message/day-in-words';
import { FOLLOW_UPS_KEY, MAX_STORED_CHARS, type FollowUps } from '../../src/message/follow-ups/follow-ups-store';
import { DETAILS_KEY } from '../../src/guide/client/storage-keys';
import { SHARED_FIELDS } from '../../src/guide/shared-fields';

/**
 * The follow-ups page: the list kept in this browser, what was sent and what comes next, edit,
 * delete (and undo), delete all, export and import, and what it says when what is stored can't be
 * read or can't be kept. Today is Monday 7 December 2026 throughout.
 */

const PATH = '/follow-ups/';
const TODAY = '2026-12-07';
const inWords = (day: string) => dayInWords(day, TODAY, LOCALE);
const label = (name: string) => SHARED_FIELDS.find((field) => field.name === name)!.label;

const LIST: FollowUps = {
  current: 'acme',
  applications: [
    {
      id: 'acme',
      details: { company: 'Acme', role: 'Analyst', yourName: 'Sam' },
      sent: [
        { template: 'feedback-next-cycle', channel: 'email', day: '2026-11-02' },
        { template: 'agency-reply', channel: 'email', day: '2026-12-04' },
      ],
    },
    { id: 'globex', details: { company: 'Globex', role: 'Designer' }, sent: [{ template: 'last-check-in', channel: 'linkedin', day: '2026-11-20' }] },
    { id: 'initech', details: { company: 'Initech' }, sent: [] },
  ],
};

const entries = (page: Page) => page.locator('[data-followup]');
const entry = (page: Page, id: string) => page.locator(`[data-followup-id="${id}"]`);
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), FOLLOW_UPS_KEY);
const ready = (page: Page) => expect(page.locator('[data-followups][data-island-ready]')).toBeAttached();
const say = (page: Page) => page.locator('[data-followups-status]');
const alert = (page: Page) => page.locator('[data-followups-alert]');
const problem = (page: Page) => page.locator('[data-followups-problem]');

/** Opens the page with `value` as what this browser stores (a list, or any text). */
async function openWith(page: Page, value?: FollowUps | string): Promise<void> {
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  await page.goto(PATH);
  if (value !== undefined) {
    await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [FOLLOW_UPS_KEY, typeof value === 'string' ? value : JSON.stringify(value)]);
    await page.reload();
  }
  await ready(page);
}

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('a stored list shows each application: its name, what was sent (newest first) and the next step in words', async ({ page }) => {
  await openWith(page, LIST);
  await expect(entries(page)).toHaveCount(3);
  const acme = entry(page, 'acme');
  await expect(acme.getByRole('heading', { level: 3 })).toHaveText('Acme, Analyst');
  await expect(acme.locator('[data-followup-current]')).toBeVisible();
  await expect(entry(page, 'globex').locator('[data-followup-current]')).toBeHidden();
  const titles = JSON.parse((await page.locator('[data-followups]').getAttribute('data-titles'))!) as Record<string, string>;
  await expect(acme.locator('[data-followup-sent] li')).toHaveText([
    t('followUps.sentItem', { title: titles['agency-reply']!, channel: t('composer.channel.email'), day: inWords('2026-12-04') }),
    t('followUps.sentItem', { title: titles['feedback-next-cycle']!, channel: t('composer.channel.email'), day: inWords('2026-11-02') }),
  ]);
  // Five working days after Friday 4 December; the latest message decides.
  await expect(acme.locator('[data-followup-next]')).toHaveText(t('followUps.next.checkIn', { day: inWords('2026-12-11') }));
  await expect(acme.locator('[data-followup-next]')).toHaveAttribute('data-followup-next', 'check-in');
  await expect(entry(page, 'globex').locator('[data-followup-next]')).toHaveText(t('followUps.next.rest'));
  await expect(entry(page, 'initech').locator('[data-followup-next]')).toHaveText(t('followUps.next.nothingSent'));
  await expect(entry(page, 'initech').locator('[data-followup-sent]')).toBeHidden();
  await expect(page.locator('[data-followups-empty]')).toBeHidden();
  // Days in words only.
  expect(await page.locator('main').innerText()).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
});

test('a check-in whose day has come is fine now; a look-again day to come is named', async ({ page }) => {
  await openWith(page, {
    applications: [
      { id: 'a', details: { company: 'Acme' }, sent: [{ template: 'agency-reply', channel: 'thread', day: '2026-11-20' }] },
      { id: 'b', details: { role: 'Clerk' }, sent: [{ template: 'feedback-next-cycle', channel: 'email', day: '2026-12-01' }] },
    ],
  });
  await expect(entry(page, 'a').locator('[data-followup-next]')).toHaveText(t('followUps.next.checkInNow'));
  await expect(entry(page, 'b').locator('[data-followup-next]')).toHaveText(t('followUps.next.lookAgain', { day: dayInWords('2027-10-01', TODAY, LOCALE) }));
  await expect(entry(page, 'b').getByRole('heading', { level: 3 })).toHaveText('Clerk');
});

test('nothing stored: the empty list says how it fills', async ({ page }) => {
  await openWith(page);
  await expect(page.locator('[data-followups-empty]')).toHaveText(t('followUps.empty'));
  await expect(entries(page)).toHaveCount(0);
  await page.getByRole('button', { name: t('followUps.export') }).click();
  await expect(say(page)).toHaveText(t('followUps.exportEmpty'));
});

test('edit saves the company and role, keeps them across a reload, and the current application’s details follow', async ({ page }) => {
  await openWith(page, LIST);
  await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ company: 'Acme', role: 'Analyst', yourName: 'Sam' })), DETAILS_KEY);
  const acme = entry(page, 'acme');
  const edit = acme.getByRole('button', { name: t('followUps.edit') });
  await edit.click();
  await expect(edit).toHaveAttribute('aria-expanded', 'true');
  const company = acme.getByRole('textbox', { name: label('company') });
  await expect(company).toBeFocused();
  await expect(company).toHaveValue('Acme');
  await company.fill('Acme Labs');
  await acme.getByRole('textbox', { name: label('role') }).fill('Senior Analyst');
  await acme.getByRole('button', { name: t('followUps.save') }).click();
  await expect(say(page)).toHaveText(t('followUps.saved', { name: 'Acme Labs, Senior Analyst' }));
  await expect(entry(page, 'acme').getByRole('button', { name: t('followUps.edit') })).toBeFocused();
  await page.reload();
  await ready(page);
  await expect(entry(page, 'acme').getByRole('heading', { level: 3 })).toHaveText('Acme Labs, Senior Analyst');
  const details = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), DETAILS_KEY))!) as Record<string, string>;
  expect(details).toEqual({ company: 'Acme Labs', role: 'Senior Analyst', yourName: 'Sam' });
  // What was sent is kept; an edit of another application leaves the details alone; Escape cancels.
  expect((JSON.parse((await stored(page))!) as FollowUps).applications[0]!.sent).toHaveLength(2);
  const globex = entry(page, 'globex');
  await globex.getByRole('button', { name: t('followUps.edit') }).click();
  await globex.getByRole('textbox', { name: label('company') }).fill('Changed');
  await page.keyboard.press('Escape');
  await expect(globex.locator('[data-followup-form]')).toBeHidden();
  await expect(globex.getByRole('heading', { level: 3 })).toHaveText('Globex, Designer');
});

test('delete one, and undo brings it back; delete all, once confirmed, leaves nothing stored', async ({ page }) => {
  await openWith(page, LIST);
  await entry(page, 'globex').getByRole('button', { name: t('followUps.delete') }).click();
  await expect(say(page)).toHaveText(t('followUps.deleted', { name: 'Globex, Designer' }));
  await expect(entries(page)).toHaveCount(2);
  const undo = page.getByRole('button', { name: t('followUps.undo') });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(entries(page)).toHaveCount(3);
  await expect(say(page)).toHaveText(t('followUps.restored', { name: 'Globex, Designer' }));
  await expect(undo).toBeHidden();
  expect(JSON.parse((await stored(page))!)).toEqual(LIST);

  // Delete all asks first; "Keep it" keeps everything.
  await page.getByRole('button', { name: t('followUps.deleteAll') }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(t('followUps.deleteAll.ask'));
  await dialog.getByRole('button', { name: t('followUps.keep') }).click();
  await expect(dialog).toBeHidden();
  expect(await stored(page)).not.toBeNull();
  await page.getByRole('button', { name: t('followUps.deleteAll') }).click();
  await dialog.getByRole('button', { name: t('followUps.deleteAll.yes') }).click();
  await expect(say(page)).toHaveText(t('followUps.deleteAll.done'));
  await expect(entries(page)).toHaveCount(0);
  await expect(page.locator('[data-followups-empty]')).toBeVisible();
  expect(await stored(page)).toBeNull();
});

test('export, then import in a fresh browser, restores the same list; importing it again adds nothing new', async ({ page, browser, baseURL }) => {
  await openWith(page, LIST);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: t('followUps.export') }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${t('followUps.fileName')}.json`);
  const file = (await download.path())!;
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { kind: string; version: number };
  expect(exported).toMatchObject({ kind: 'after-the-no follow-ups', version: 1 });

  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  try {
    await openWith(other);
    await other.getByLabel(t('followUps.import')).setInputFiles(file);
    await expect(say(other)).toHaveText(tPlural('followUps.imported', 3));
    await expect(entries(other)).toHaveCount(3);
    await expect(entry(other, 'acme').locator('[data-followup-next]')).toHaveText(t('followUps.next.checkIn', { day: inWords('2026-12-11') }));
    // The same applications, without this browser's "current" (which belongs to the first one).
    expect(JSON.parse((await stored(other))!)).toEqual({ applications: LIST.applications });
    await other.getByLabel(t('followUps.import')).setInputFiles(file);
    await expect(say(other)).toHaveText(tPlural('followUps.importedUpdated', 3));
    await expect(entries(other)).toHaveCount(3);
  } finally {
    await fresh.close();
  }
});

test('a file that is not a list, or far too big, is refused with a message, and nothing stored changes', async ({ page }) => {
  await openWith(page, LIST);
  const before = await stored(page);
  const input = page.getByLabel(t('followUps.import'));
  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"applications": [{"id": 5}]}') });
  await expect(alert(page)).toHaveText(t('followUps.import.unreadable'));
  await input.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(' '.repeat(MAX_STORED_CHARS + 1)) });
  await expect(alert(page)).toHaveText(t('followUps.import.tooBig'));
  await input.setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.from('{"kind":"after-the-no follow-ups","version":1,"applications":[]}') });
  await expect(alert(page)).toHaveText(t('followUps.import.empty'));
  expect(await stored(page)).toBe(before);
  await expect(entries(page)).toHaveCount(3);
});

for (const [what, value, problemKey] of [
  ['broken', '{"applications": [', 'followUps.problem.unreadable'],
  ['oversized', JSON.stringify({ applications: [] }).padEnd(MAX_STORED_CHARS + 10, ' '), 'followUps.problem.tooBig'],
] as const) {
  test(`a ${what} stored list says so, can be downloaded as it was, and the rest of the page works`, async ({ page }) => {
    await openWith(page, value);
    await expect(problem(page)).toHaveText(t(problemKey));
    await expect(page.locator('[data-followups-empty]')).toBeHidden();
    expect(await violations(page), 'axe, with the problem shown').toEqual([]);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: t('followUps.downloadStored') }).click();
    expect(readFileSync((await (await downloading).path())!, 'utf8')).toBe(value);
    // Untouched until the reader says otherwise.
    expect(await stored(page)).toBe(value);

    // Import still works: it replaces what can't be read only once the reader agrees.
    const file = { name: 'list.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(LIST)) };
    await page.getByLabel(t('followUps.import')).setInputFiles(file);
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(t('followUps.import.replace'));
    await dialog.getByRole('button', { name: t('followUps.keep') }).click();
    expect(await stored(page)).toBe(value);
    await page.getByLabel(t('followUps.import')).setInputFiles(file);
    await dialog.getByRole('button', { name: t('followUps.import.replaceYes') }).click();
    await expect(entries(page)).toHaveCount(3);
    await expect(problem(page)).toBeEmpty();
    // And export works on what is now stored.
    const exporting = page.waitForEvent('download');
    await page.getByRole('button', { name: t('followUps.export') }).click();
    expect(JSON.parse(readFileSync((await (await exporting).path())!, 'utf8'))).toMatchObject({ applications: LIST.applications });
  });
}

test('“Start again” removes a list that can’t be read, once confirmed', async ({ page }) => {
  await openWith(page, 'not json');
  await page.getByRole('button', { name: t('followUps.startAgain') }).click();
  await page.getByRole('dialog').getByRole('button', { name: t('followUps.startAgain.yes') }).click();
  await expect(say(page)).toHaveText(t('followUps.startAgain.done'));
  await expect(problem(page)).toBeEmpty();
  await expect(page.getByRole('button', { name: t('followUps.startAgain') })).toBeHidden();
  await expect(page.locator('[data-followups-empty]')).toBeVisible();
  expect(await stored(page)).toBeNull();
});

test('storage refused: the page says follow-ups can’t be kept here', async ({ page }) => {
  await page.addInitScript(() => {
    const refuse = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.getItem = refuse;
    Storage.prototype.setItem = refuse;
  });
  await page.goto(PATH);
  await ready(page);
  await expect(problem(page)).toHaveText(t('followUps.problem.refused'));
  await expect(page.getByRole('button', { name: t('followUps.downloadStored') })).toBeHidden();
  await expect(page.locator('[data-followups-empty]')).toBeHidden();
  await page.getByLabel(t('followUps.import')).setInputFiles({ name: 'list.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(LIST)) });
  await expect(alert(page)).toHaveText(t('followUps.problem.refused'));
});

test('the page with its list, an edit open and the confirmation passes axe, in light and dark', async ({ page }) => {
  await openWith(page, LIST);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await violations(page), scheme).toEqual([]);
  }
  await entry(page, 'acme').getByRole('button', { name: t('followUps.edit') }).click();
  await expect(entry(page, 'acme').locator('[data-followup-form]')).toBeVisible();
  expect(await violations(page), 'editing').toEqual([]);
  await page.getByRole('button', { name: t('followUps.deleteAll') }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await violations(page), 'confirming').toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says the list needs it, and shows no dead controls', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.getByText(t('followUps.withoutJs'))).toBeVisible();
    await expect(page.getByRole('button', { name: t('followUps.export') })).toBeHidden();
    await expect(page.getByLabel(t('followUps.import'))).toBeHidden();
  });
});
