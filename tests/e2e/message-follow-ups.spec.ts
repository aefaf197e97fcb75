import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { t } from '../../src/i18n';

/**
 * The message page's side of the follow-ups: what goes (copied, shared, opened in the email app)
 * is noted for the current application, and each application keeps its own details. What is
 * noted is read from the browser's storage, as the follow-ups page reads it.
 */

const ASK_FEEDBACK = '/guide/outcomes/ask-feedback/';
const KEY = 'after-the-no:follow-ups';

const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
const visibleChannel = (page: Page) => page.locator('[data-channel]:visible').first();
const blank = (page: Page, name: string) => visibleChannel(page).locator(`[data-blank-input][name="${name}"]`);

async function connect(page: Page) {
  const tool = page.locator('[data-template-tool]');
  await tool.hover();
  await expect(tool).toHaveAttribute('data-connected', 'true');
}

async function copyMessage(page: Page) {
  await visibleChannel(page).locator('[data-copy]').first().click();
  const anyway = visibleChannel(page).locator('[data-copy-anyway]');
  if (await anyway.isVisible()) await anyway.click();
}

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.setFixedTime(new Date('2026-12-08T10:00:00'));
});

test('copying a message notes it, once a day, for an application made from the details', async ({ page }) => {
  await page.goto(ASK_FEEDBACK);
  await connect(page);
  await blank(page, 'company').fill('Acme');
  const channel = await visibleChannel(page).getAttribute('data-channel');
  await copyMessage(page);
  await expect.poll(() => stored(page)).not.toBeNull();
  await copyMessage(page);
  const { current, applications } = await stored(page);
  expect(applications).toHaveLength(1);
  expect(applications[0].id).toBe(current);
  expect(applications[0].details.company).toBe('Acme');
  expect(applications[0].sent).toEqual([{ template: 'ask-feedback', channel, day: '2026-12-08' }]);
});

test('a rewritten message stays with its application', async ({ page }) => {
  await page.goto(ASK_FEEDBACK);
  await connect(page);
  await blank(page, 'company').fill('Acme');
  const section = visibleChannel(page);
  await section.locator('[data-edit-toggle]').click();
  await section.locator('[data-edit-body]').fill('Words written for Acme alone.');
  await page.getByRole('button', { name: t('followUps.newApplication') }).click();
  // The new application's message is the template's, not Acme's rewrite.
  await expect(section.locator('[data-edit-body]')).toBeHidden();
  await expect(section.locator('[data-template-output]')).not.toContainText('Words written for Acme alone.');
  await page.getByLabel(t('followUps.application')).selectOption({ label: 'Acme' });
  await expect(section.locator('[data-edit-body]')).toHaveValue('Words written for Acme alone.');
});

test('two applications keep their own details, chosen in the details form, across a reload', async ({ page }) => {
  await page.goto(ASK_FEEDBACK);
  await connect(page);
  await blank(page, 'company').fill('Acme');
  await blank(page, 'theirName').fill('Ms Patel');
  const switcher = page.getByLabel(t('followUps.application'));
  await expect(switcher).toBeVisible();
  await page.getByRole('button', { name: t('followUps.newApplication') }).click();
  // A new application starts with empty blanks.
  await expect(blank(page, 'company')).toHaveValue('');
  await expect(blank(page, 'theirName')).toHaveValue('');
  await blank(page, 'company').fill('Beta');
  await expect(switcher.locator('option:checked')).toHaveText('Beta');
  await switcher.selectOption({ label: 'Acme' });
  await expect(blank(page, 'company')).toHaveValue('Acme');
  await expect(blank(page, 'theirName')).toHaveValue('Ms Patel');
  await page.reload();
  await connect(page);
  await expect(blank(page, 'company')).toHaveValue('Acme');
  await expect(page.getByLabel(t('followUps.application')).locator('option:checked')).toHaveText('Acme');
  await page.getByLabel(t('followUps.application')).selectOption({ label: 'Beta' });
  await expect(blank(page, 'company')).toHaveValue('Beta');
  await expect(blank(page, 'theirName')).toHaveValue('');
});

test('a follow-ups list that cannot be read is left as it is: the message still copies, and the page says it was not noted', async ({ page }) => {
  await page.addInitScript((key) => localStorage.setItem(key, '{"applications": [{"id": '), KEY);
  await page.goto(ASK_FEEDBACK);
  await connect(page);
  await copyMessage(page);
  await expect(visibleChannel(page).locator('[data-template-status]')).toContainText(t('followUps.notNoted'));
  expect(await page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe('{"applications": [{"id": ');
  // The switcher, which would write over it, is not offered.
  await expect(page.locator('[data-application-switcher]')).toBeHidden();
});
