import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { allPaths, outcomeUrl, OUTCOME_IDS, pathUrl } from '../../src/guide/guide-model';
import { mapUrl } from '../../src/guide/map-urls';
import { LEGIBLE_SCALE, MAP_TEXT_PX } from '../../src/guide/map-view';
import { t } from '../../src/i18n';

/** The smallest a box's text may be drawn when a route is framed to be read across a desk, in CSS px. */
const LEGIBLE_PX = LEGIBLE_SCALE * MAP_TEXT_PX;
/** A route of one answer: short enough to be framed whole, legibly, on a presenter's large screen. */
const SHORT_ROUTE = allPaths().find((path) => path.answers.length === 1)!;
/** The longest route: too long to be framed whole at a legible size on any screen. */
const LONG_ROUTE = allPaths().reduce((best, path) => (path.answers.length > best.answers.length ? path : best));
const LARGE_SCREEN = { width: 1920, height: 1200 };

/** The map viewer, once its script has taken over the diagram. */
async function mapViewer(page: Page): Promise<{ viewer: Locator; port: Locator }> {
  const port = page.getByRole('region', { name: t('map.diagram') });
  await expect(port).toHaveAttribute('data-zoomable', '');
  return { viewer: page.locator('[data-map-viewer]'), port };
}

/** How each of the route's boxes is shown: wholly inside the frame or not, and its text's size on screen. */
async function routeBoxes(port: Locator) {
  return port.evaluate((frame) => {
    const outer = frame.getBoundingClientRect();
    return [...frame.querySelectorAll<SVGGraphicsElement>('[data-node].is-taken')].map((node) => {
      const box = node.getBoundingClientRect();
      const text = node.querySelector<SVGTextElement>('text')!;
      return {
        id: node.dataset.node!,
        here: node.classList.contains('is-here'),
        inside: box.left >= outer.left - 1 && box.top >= outer.top - 1 && box.right <= outer.right + 1 && box.bottom <= outer.bottom + 1,
        // The drawing's scale on screen times the text's own size: what the reader sees.
        textPx: text.getScreenCTM()!.a * parseFloat(getComputedStyle(text).fontSize),
      };
    });
  });
}

/** Whether every box of the drawing is inside the frame (the whole map shown). */
const wholeMapShown = (port: Locator) =>
  port.evaluate((frame) => {
    const outer = frame.getBoundingClientRect();
    return [...frame.querySelectorAll('[data-node]')].every((node) => {
      const box = node.getBoundingClientRect();
      return box.left >= outer.left - 1 && box.right <= outer.right + 1 && box.top >= outer.top - 1 && box.bottom <= outer.bottom + 1;
    });
  });

/**
 * Reads a QR code as a phone would read the screen: a screenshot of the image as shown, its
 * pixels taken from a canvas in the page (the screenshot as a data: image, which the site's policy
 * allows) and decoded by jsQR.
 */
async function readQrCode(page: Page, image: Locator): Promise<string | undefined> {
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)).toBe(true);
  const screenshot = await image.screenshot();
  const pixels = await page.evaluate(async (png) => {
    const picture = new Image();
    picture.src = `data:image/png;base64,${png}`;
    await picture.decode();
    const canvas = document.createElement('canvas');
    canvas.width = picture.naturalWidth;
    canvas.height = picture.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(picture, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let binary = '';
    for (let index = 0; index < data.length; index += 0x8000) binary += String.fromCharCode(...data.subarray(index, index + 0x8000));
    return { width: canvas.width, height: canvas.height, rgba: btoa(binary) };
  }, screenshot.toString('base64'));
  return jsQR(new Uint8ClampedArray(Buffer.from(pixels.rgba, 'base64')), pixels.width, pixels.height)?.data;
}

/** The site's public address, as the page's canonical link gives it (what QR codes and handouts point at). */
const siteOrigin = async (page: Page) => new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;

const RULE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(RULE_TAGS).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test.describe('Fit on a route’s map', () => {
  test('frames the route at a legible size, not the whole map, with the current step in view; the whole map’s Fit still shows it all', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 844 });
    await page.goto(mapUrl(LONG_ROUTE.answers));
    const { port } = await mapViewer(page);
    await page.getByRole('button', { name: t('map.zoomIn'), exact: true }).click();
    await page.getByRole('button', { name: t('map.fit'), exact: true }).click();
    const boxes = await routeBoxes(port);
    expect(boxes.find((box) => box.here)!.inside).toBe(true);
    for (const box of boxes.filter((shown) => shown.inside)) expect(box.textPx, box.id).toBeGreaterThanOrEqual(LEGIBLE_PX - 0.01);
    expect(await wholeMapShown(port)).toBe(false);
    // The 0 key is Fit too.
    await page.getByRole('button', { name: t('map.zoomOut'), exact: true }).click();
    await port.focus();
    await page.keyboard.press('0');
    expect(await routeBoxes(port)).toEqual(boxes);

    await page.goto('/guide/map/');
    const whole = await mapViewer(page);
    await page.getByRole('button', { name: t('map.zoomIn'), exact: true }).click();
    await page.getByRole('button', { name: t('map.fit'), exact: true }).click();
    expect(await wholeMapShown(whole.port)).toBe(true);
  });
});

test.describe('Present', () => {
  test('goes full screen with the route framed whole and legible, the rest faded; Escape leaves and gives focus back', async ({ page }) => {
    await page.setViewportSize(LARGE_SCREEN);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(mapUrl(SHORT_ROUTE.answers));
    const { viewer, port } = await mapViewer(page);
    const present = page.getByRole('button', { name: t('map.present'), exact: true });
    // By keyboard alone, in and out.
    await present.press('Enter');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.matches('[data-map-viewer]') ?? false)).toBe(true);
    await expect(viewer).toHaveClass(/is-presenting/);
    expect(await viewer.boundingBox()).toEqual({ x: 0, y: 0, ...LARGE_SCREEN });
    // Framed again once full screen has its size.
    await expect.poll(async () => (await routeBoxes(port)).every((box) => box.inside)).toBe(true);
    for (const box of await routeBoxes(port)) {
      expect(box.inside, box.id).toBe(true);
      expect(box.textPx, box.id).toBeGreaterThanOrEqual(LEGIBLE_PX - 0.01);
    }
    // The rest faded: its drawing faint, its words muted (still readable: axe checks them below).
    await expect(port.locator('[data-node].is-taken > rect').first()).toHaveCSS('opacity', '1');
    await expect(port.locator('[data-node]:not(.is-taken) > rect').first()).toHaveCSS('opacity', '0.3');
    await expect(port.locator('[data-edge]:not(.is-taken) > path').first()).toHaveCSS('opacity', '0.3');
    await expect(port.locator('[data-edge].is-taken > path').first()).toHaveCSS('opacity', '1');
    const wordsColour = (node: Locator) => node.locator('text').evaluate((text) => getComputedStyle(text).fill);
    expect(await wordsColour(port.locator('[data-node]:not(.is-taken)').first())).not.toBe(await wordsColour(port.locator('[data-node].is-taken').first()));
    await expect(present).toBeHidden();

    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBe(null);
    await expect(viewer).not.toHaveClass(/is-presenting/);
    await expect(present).toBeFocused();
    await expect(port.locator('[data-node]:not(.is-taken) > rect').first()).toHaveCSS('opacity', '1');
    await expect(page.getByRole('button', { name: t('map.exitPresent'), exact: true })).toBeHidden();
  });

  test('where full screen is missing, covers the page, the rest of it out of reach; Exit leaves and gives focus back', async ({ page }) => {
    await page.addInitScript(() => {
      // As on an iPhone, which has no full screen for a page's elements.
      Object.defineProperty(Element.prototype, 'requestFullscreen', { value: undefined });
    });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(mapUrl(LONG_ROUTE.answers));
    const { viewer, port } = await mapViewer(page);
    const present = page.getByRole('button', { name: t('map.present'), exact: true });
    await present.click();
    await expect(viewer).toHaveClass(/is-presenting/);
    expect(await viewer.boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    const boxes = await routeBoxes(port);
    expect(boxes.find((box) => box.here)!.inside).toBe(true);
    for (const box of boxes.filter((shown) => shown.inside)) expect(box.textPx, box.id).toBeGreaterThanOrEqual(LEGIBLE_PX - 0.01);
    // Nothing behind the layer can be reached: the page's heading and links are inert.
    const outOfReach = (element: Locator) => element.evaluate((inside) => inside.closest('[inert]') !== null);
    expect(await outOfReach(page.locator('h1'))).toBe(true);
    expect(await outOfReach(page.getByRole('link', { name: t('map.wholeMap') }))).toBe(true);
    expect(await outOfReach(port)).toBe(false);

    await page.getByRole('button', { name: t('map.exitPresent'), exact: true }).click();
    await expect(viewer).not.toHaveClass(/is-presenting/);
    await expect(present).toBeFocused();
    await expect(page.locator('[inert]')).toHaveCount(0);
  });

  test('says so when its script cannot load, and works at the next press once it can', async ({ page }) => {
    let fail = true;
    await page.route(/\/lazy-mapPresent[^/]*\.js$/, (route) => (fail ? route.abort() : route.fallback()));
    await page.goto(mapUrl(SHORT_ROUTE.answers));
    const { viewer } = await mapViewer(page);
    const present = page.getByRole('button', { name: t('map.present'), exact: true });
    const note = page.locator('[data-present-failed]');
    await present.click();
    await expect(page.getByRole('alert')).toHaveText(t('loadFailed.present'));
    fail = false;
    await present.click();
    await expect(viewer).toHaveClass(/is-presenting/);
    await expect(note).toBeEmpty();
  });

  test('with the route presented, and with its QR code shown over it, passes axe in both themes', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(mapUrl(LONG_ROUTE.answers));
    const { viewer } = await mapViewer(page);
    await page.getByRole('button', { name: t('map.present'), exact: true }).click();
    await expect(viewer).toHaveClass(/is-presenting/);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `presenting (${scheme})`).toEqual([]);
      await page.getByRole('button', { name: t('qr.show') }).click();
      await expect(page.getByRole('dialog', { name: t('map.qrLabel') })).toBeVisible();
      expect(await axeViolations(page), `QR code over the presented route (${scheme})`).toEqual([]);
      await page.getByRole('button', { name: t('qr.close') }).click();
      await expect(page.getByRole('dialog')).toBeHidden();
    }
  });
});

test.describe('Show QR code', () => {
  test('on a route’s map: the code as shown reads as the route’s address; Close and Escape close it', async ({ page }) => {
    const path = mapUrl(LONG_ROUTE.answers);
    await page.goto(path);
    const show = page.getByRole('button', { name: t('qr.show') });
    await show.click();
    const dialog = page.getByRole('dialog', { name: t('map.qrLabel') });
    await expect(dialog).toBeVisible();
    const image = dialog.getByRole('img', { name: t('map.qrLabel') });
    // Large enough to scan from across a desk.
    expect((await image.boundingBox())!.width).toBeGreaterThanOrEqual(300);
    const address = new URL(path, await siteOrigin(page)).href;
    expect(await readQrCode(page, image)).toBe(address);
    await expect(dialog).toContainText(address.replace(/^https?:\/\//, ''));
    await dialog.getByRole('button', { name: t('qr.close') }).click();
    await expect(dialog).toBeHidden();
    await expect(show).toBeFocused();
    await show.press('Enter');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('on an outcome, its page and a path that ends there: the code reads as the outcome’s address, in both themes', async ({ page }) => {
    const id = OUTCOME_IDS[0]!;
    const path = allPaths().find((candidate) => candidate.stateId === id)!;
    for (const [address, scheme] of [
      [outcomeUrl(id), 'light'],
      [pathUrl(path.answers), 'dark'],
    ] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(address);
      const label = t('outcome.qrLabel', { url: `${new URL(outcomeUrl(id), await siteOrigin(page)).href.replace(/^https?:\/\//, '')}` });
      await page.getByRole('button', { name: t('qr.show') }).click();
      const dialog = page.getByRole('dialog', { name: t('outcome.comeBack') });
      await expect(dialog).toBeVisible();
      expect(await readQrCode(page, dialog.getByRole('img', { name: label })), address).toBe(new URL(outcomeUrl(id), await siteOrigin(page)).href);
      expect(await axeViolations(page), `${address} (${scheme})`).toEqual([]);
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the code is still shown, on a route’s map and on an outcome; Present, which needs a script, is not offered', async ({ page }) => {
      // Each code holds its own page's address (an outcome's page is its canonical one).
      for (const address of [mapUrl(SHORT_ROUTE.answers), outcomeUrl(OUTCOME_IDS[0]!)]) {
        await page.goto(address);
        await page.getByRole('button', { name: t('qr.show') }).click();
        const dialog = page.getByRole('dialog');
        await expect(dialog).toBeVisible();
        expect(await readQrCode(page, dialog.getByRole('img')), address).toBe(new URL(address, await siteOrigin(page)).href);
        await dialog.getByRole('button', { name: t('qr.close') }).click();
        await expect(dialog).toBeHidden();
      }
      await page.goto(mapUrl(SHORT_ROUTE.answers));
      await expect(page.getByRole('button', { name: t('map.present') })).toBeHidden();
    });
  });

  test('before the page’s script has arrived, or if it never does, the button still works', async ({ page }) => {
    await page.route(/\/lazy-(mapIsland|guideIsland)[^/]*\.js$/, (route) => route.abort());
    for (const address of [mapUrl(SHORT_ROUTE.answers), outcomeUrl(OUTCOME_IDS[0]!)]) {
      await page.goto(address);
      await page.getByRole('button', { name: t('qr.show') }).click();
      await expect(page.getByRole('dialog'), address).toBeVisible();
    }
  });
});
