import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { test, expect, allowPerPage, sitemapPaths } from './fixtures';
import { BUDGETS, PAGE_KINDS, measurePageWeight } from '../support/page-weight.mjs';

// Bytes are deterministic, so budgets are enforced here; timings live in `npm run bench`.
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const { kind, path, js, htmlCss } of PAGE_KINDS) {
  test(`${kind}: HTML+CSS ≤ ${kb(htmlCss)}, inline script ≤ ${kb(BUDGETS.inlineJs)}${js === undefined ? '' : `, script files ≤ ${kb(js)}`} (gzip)`, async ({ page }) => {
    const weight = await measurePageWeight(page, path);
    const list = weight.files.map((file) => `${file.kind} ${file.url} ${file.bytes}`).join('\n');
    expect(weight.html + weight.css, `HTML+CSS\n${list}`).toBeLessThanOrEqual(htmlCss);
    // First render needs one response: the CSS is inside the HTML, not a render-blocking request.
    expect(weight.files.filter((file) => file.kind === 'css'), 'stylesheet requests').toEqual([]);
    await expect(page.locator('style')).not.toHaveCount(0);
    expect(weight.inlineJs, 'inline script').toBeGreaterThan(0);
    expect(weight.inlineJs, 'inline script').toBeLessThanOrEqual(BUDGETS.inlineJs);
    if (js !== undefined) expect(weight.js, `script files\n${list}`).toBeLessThanOrEqual(js);
    if (js === BUDGETS.guideJs) {
      expect(weight.js, 'the guide island is loaded').toBeGreaterThan(0);
      // The machine (XState) and the composer wait for the reader's first sign of intent.
      expect(weight.files.filter((file) => /guide-replay|guideReplay|templateTool/.test(file.url)), 'nothing loaded before intent').toEqual([]);
    }
  });
}

test('no page asks for a script file before its first paint', async ({ page }) => {
  for (const { path, js } of PAGE_KINDS) {
    await measurePageWeight(page, path);
    const timings = await page.evaluate(() => ({
      painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      scripts: performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => ({ url: entry.name, requested: entry.startTime })),
    }));
    expect(timings.painted, `${path}: first contentful paint`).toBeGreaterThan(0);
    if (js !== 0) expect(timings.scripts.length, `${path}: its island loads without a touch`).toBeGreaterThan(0);
    for (const script of timings.scripts) expect(script.requested, `${path}: ${script.url}`).toBeGreaterThanOrEqual(timings.painted!);
  }
});

test('content pages load no guide code', async ({ page }) => {
  for (const { path } of PAGE_KINDS.filter((pageKind) => !pageKind.guide)) {
    const weight = await measurePageWeight(page, path);
    const guideScripts = weight.files.filter((file) => file.kind === 'js' && /guideIsland|templateTool|guide-flow/.test(file.url));
    expect(guideScripts, path).toEqual([]);
  }
});

test('every page in the sitemap keeps HTML+CSS within its first-render budget', async ({ page }) => {
  const paths = await sitemapPaths(page);
  allowPerPage(paths.length);
  for (const path of paths) {
    const weight = await measurePageWeight(page, path);
    const budget = path === '/article/' ? BUDGETS.articleHtmlCss : BUDGETS.htmlCss;
    expect(weight.html + weight.css, path).toBeLessThanOrEqual(budget);
    expect(weight.css, `${path}: stylesheet requests`).toBe(0);
  }
});

test('every built page, the guide’s many path pages too, is within its HTML+CSS budget as a file', () => {
  // Each page's CSS is inside its HTML (checked above), so the file's gzip size is the first render.
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(500);
  const over = pages
    .map((file) => ({ file, bytes: gzipSync(readFileSync(`${dist}${file}`), { level: 9 }).length }))
    .filter(({ file, bytes }) => bytes > (file === 'article/index.html' ? BUDGETS.articleHtmlCss : BUDGETS.htmlCss));
  expect(over).toEqual([]);
});

test("the guide's machine and composer come with their imports at once, not one round trip after another", async ({ page }) => {
  await page.goto('/guide/turned-down/by-email/still-keen/no-reason/a-job/');
  await expect(page.locator('html[data-islands="ready"]')).toBeAttached();
  const flow = page.locator('guide-flow');
  const held: string[] = [];
  // Chunks the island shares with them are here already.
  const requested = new Set(await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)));
  page.on('request', (request) => requested.add(new URL(request.url()).pathname));
  for (const attribute of ['data-replay-src', 'data-template-tool-src']) {
    const [entry, ...imports] = (await flow.getAttribute(attribute))!.split(' ');
    expect(imports.length, `${attribute}: the chunks its script imports`).toBeGreaterThan(0);
    // The entry is held until every import has been asked for: loaded one after another, they never would be.
    await page.route(`**${entry}`, async (route) => {
      await expect.poll(() => imports.filter((url) => !requested.has(url)), { timeout: 5_000 }).toEqual([]);
      held.push(attribute);
      await route.continue();
    });
  }
  await page.locator('[data-template-field]').first().focus();
  await expect(page.locator('[data-template-tool][data-connected]').first()).toBeAttached();
  await page.locator('[data-guide-nav][data-back]').click();
  await expect(page).toHaveURL(/\/no-reason\/$/);
  // Both entries were held (neither had loaded before the test began) and let through.
  expect(held.sort()).toEqual(['data-replay-src', 'data-template-tool-src']);
});
