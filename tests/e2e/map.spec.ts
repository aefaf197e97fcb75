import type { Locator, Page } from '@playwright/test';
import { test, expect, allowPerPage } from './fixtures';
import { sampledPaths } from '../support/sampled-paths';
import { allPaths, answeredQuestions, answersOf, isOutcome, isQuestion, machineEdges, outcomeKind, outcomeUrl, pathUrl, QUESTION_IDS, shortestPathTo, STATE_IDS } from '../../src/guide/guide-model';
import { mapUrl } from '../../src/guide/map-urls';
import { t } from '../../src/i18n';

/** The machine's transitions as "source:answer:target". */
const transitions = machineEdges().map(({ source, answer, target }) => `${source}:${answer}:${target}`);

test('the map has a linked box for every state and an edge for every transition', async ({ page }) => {
  await page.goto('/guide/map/');
  const nodes = await page.locator('svg [data-node]').evaluateAll((links) =>
    links.map((link) => ({ id: (link as SVGElement).dataset.node!, href: link.getAttribute('href')!, kind: (link as SVGElement).dataset.kind! })),
  );
  expect(nodes.map((node) => node.id).sort()).toEqual([...STATE_IDS].sort());
  for (const node of nodes) {
    expect(node.href, node.id).toBe(isOutcome(node.id) ? outcomeUrl(node.id) : pathUrl(shortestPathTo(node.id).answers));
  }
  // One line may carry several answers that lead the same way (space-separated).
  const edges = await page.locator('svg [data-edge]').evaluateAll((groups) => groups.flatMap((group) => (group as SVGElement).dataset.edge!.split(' ')));
  expect(edges.sort()).toEqual([...transitions].sort());
  // Each box is drawn as what the machine says it is: a question, a message or move-on advice.
  for (const node of nodes) expect(node.kind, node.id).toBe(isOutcome(node.id) ? outcomeKind(node.id) : 'question');
});

test('each box opens its step or outcome', async ({ page }) => {
  await page.goto('/guide/map/');
  await page.locator('svg [data-node="in-touch-since"]').click();
  await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'in-touch-since');
  await page.goto('/guide/map/');
  await page.locator('svg [data-node="thank-your-referrer"]').click();
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome-id', 'thank-your-referrer');
});

test('the highlighted path matches the URL, on every state’s first path and a fifth of the rest', async ({ page }) => {
  // The property holds for every path alike (each page is built the same way): a sample keeps the suite quick.
  const mapPaths = sampledPaths().filter((candidate) => candidate.answers.length > 0);
  allowPerPage(mapPaths.length);
  for (const path of mapPaths) {
    await page.goto(mapUrl(path.answers));
    const expected = answeredQuestions(path.answers).map(({ stateId, slug }) => {
      const target = answersOf(stateId).find((answer) => answer.slug === slug)!.to;
      return `${stateId}:${slug}:${target}`;
    });
    // An arrow stands for every answer that leads the same way; it is taken when one of them was.
    const taken = await page.locator('svg [data-edge].is-taken').evaluateAll((groups) => groups.map((group) => (group as SVGElement).dataset.edge!.split(' ')));
    expect(taken.length, mapUrl(path.answers)).toBe(expected.length);
    for (const answer of expected) expect(taken.some((arrow) => arrow.includes(answer)), `${mapUrl(path.answers)}: ${answer}`).toBe(true);
    await expect(page.locator('svg .is-here')).toHaveAttribute('data-node', path.stateId);
    await expect(page.locator('.map-tree .is-taken')).toHaveCount(path.answers.length);
  }
});

test('"See where you are on the map" opens the map with the path taken', async ({ page }) => {
  await page.goto('/guide/on-hold/');
  await page.getByRole('link', { name: t('guide.mapHere') }).click();
  await expect(page).toHaveURL('/guide/map/on-hold/');
  await expect(page.locator('svg .is-here')).toHaveAttribute('data-node', 'replied-yet');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/guide\/map\/$/);
});

test('the list version links every question and outcome', async ({ page }) => {
  await page.goto('/guide/map/');
  const hrefs = new Set(await page.locator('.map-tree a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!)));
  for (const id of STATE_IDS) {
    const href = isOutcome(id) ? outcomeUrl(id) : pathUrl(shortestPathTo(id).answers);
    expect(hrefs.has(href), id).toBe(true);
  }
});

test('prints on one page', async ({ page }) => {
  await page.goto('/guide/map/');
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, landscape: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g), format).toHaveLength(1);
  }
});

test('the list version names each question once; an answer leading to another question links to it', async ({ page }) => {
  await page.goto('/guide/map/');
  const items = page.locator('.map-tree__questions > li');
  const ids = await items.evaluateAll((list) => list.map((item) => item.id));
  expect(ids.sort()).toEqual(QUESTION_IDS.map((id) => `list-${id}`).sort());
  // No question's answers are repeated under another: one level of answers, never a sub-tree.
  await expect(page.locator('.map-tree__questions li li ul')).toHaveCount(0);
  for (const question of QUESTION_IDS) {
    const targets = await page.locator(`#list-${question} > ul > li > a`).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(targets, question).toEqual(answersOf(question).map((answer) => (isQuestion(answer.to) ? `#list-${answer.to}` : outcomeUrl(answer.to))));
  }
});

/** The diagram's frame, once the viewer has taken it over. */
async function viewer(page: Page): Promise<Locator> {
  const frame = page.getByRole('region', { name: t('map.diagram') });
  await expect(frame).toHaveAttribute('data-zoomable', '');
  return frame;
}

/** Whether a box of the map is wholly inside the frame on screen. */
async function inFrame(frame: Locator, node: Locator): Promise<boolean> {
  // Both boxes in one moment: focus may be scrolling the page smoothly meanwhile.
  const [outer, inner] = await Promise.all([frame.elementHandle(), node.elementHandle()]).then(([a, b]) =>
    a!.evaluate((frameElement, nodeElement) => [frameElement.getBoundingClientRect().toJSON(), nodeElement.getBoundingClientRect().toJSON()], b!),
  );
  return inner.x >= outer.x - 1 && inner.y >= outer.y - 1 && inner.x + inner.width <= outer.x + outer.width + 1 && inner.y + inner.height <= outer.y + outer.height + 1;
}

const nodeWidth = async (node: Locator) => (await node.boundingBox())!.width;

for (const width of [390, 1280]) {
  test(`at ${width} px the whole diagram fits the screen on load`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('/guide/map/');
    const frame = await viewer(page);
    const box = (await frame.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    for (const id of STATE_IDS) expect(await inFrame(frame, page.locator(`svg [data-node="${id}"]`)), id).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.locator('#map-hint')).toBeVisible();
  });

  test(`at ${width} px a path’s map shows "you are here" in view, on the highlighted route`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    const path = allPaths().reduce((best, candidate) => (candidate.answers.length > best.answers.length ? candidate : best));
    await page.goto(mapUrl(path.answers));
    const frame = await viewer(page);
    const here = page.locator('svg .is-here');
    await expect(here).toHaveAttribute('data-node', path.stateId);
    expect(await inFrame(frame, here)).toBe(true);
    // The answer that led here is drawn as taken.
    const last = answeredQuestions(path.answers).at(-1)!;
    await expect(page.locator(`svg [data-edge="${last.stateId}:${last.slug}:${path.stateId}"]`)).toHaveClass(/is-taken/);
  });
}

test('zooms and moves by keyboard alone', async ({ page }) => {
  await page.goto('/guide/map/');
  const frame = await viewer(page);
  const start = page.locator(`svg [data-node="${QUESTION_IDS[0]}"]`);
  const fitted = await nodeWidth(start);
  // Tab from the last control (Present; Exit shows only while presenting) reaches the diagram, and Tab again its first box.
  await page.getByRole('button', { name: t('map.present'), exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(frame).toBeFocused();
  await page.keyboard.press('+');
  expect(await nodeWidth(start)).toBeGreaterThan(fitted * 1.2);
  const before = (await start.boundingBox())!.x;
  await page.keyboard.press('ArrowRight');
  expect((await start.boundingBox())!.x).toBeLessThan(before);
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  expect(await nodeWidth(start)).toBeCloseTo(fitted, 0);
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await page.keyboard.press('0');
  expect(await nodeWidth(start)).toBeCloseTo(fitted, 0);
  for (const id of STATE_IDS) expect(await inFrame(frame, page.locator(`svg [data-node="${id}"]`)), id).toBe(true);
  await page.keyboard.press('Tab');
  await expect(page.locator('svg [data-node]').first()).toBeFocused();
});

test('the zoom buttons work by pointer, and a box reached with Tab comes into view', async ({ page }) => {
  await page.goto('/guide/map/');
  const frame = await viewer(page);
  const start = page.locator(`svg [data-node="${QUESTION_IDS[0]}"]`);
  const fitted = await nodeWidth(start);
  const zoomIn = page.getByRole('button', { name: t('map.zoomIn'), exact: true });
  await zoomIn.click();
  await zoomIn.click();
  expect(await nodeWidth(start)).toBeGreaterThan(fitted * 1.5);
  // Far off to the right now: focus brings it back into view.
  const far = page.locator('svg [data-node="thank-your-referrer"]');
  expect(await inFrame(frame, far)).toBe(false);
  await far.focus();
  expect(await inFrame(frame, far)).toBe(true);
  await page.getByRole('button', { name: t('map.zoomOut'), exact: true }).click();
  await page.getByRole('button', { name: t('map.fit'), exact: true }).click();
  expect(await nodeWidth(start)).toBeCloseTo(fitted, 0);
});

test('dragging moves the map, and a drag that starts on a box does not open it', async ({ page }) => {
  await page.goto('/guide/map/');
  const frame = await viewer(page);
  await page.locator('[data-map-zoom="in"]').click();
  await page.locator('[data-map-zoom="in"]').click();
  // A box in the middle of what is shown, grabbed and pulled to the left.
  let node: Locator | undefined;
  for (const id of STATE_IDS) {
    if (await inFrame(frame, page.locator(`svg [data-node="${id}"]`))) node = page.locator(`svg [data-node="${id}"]`);
  }
  const before = (await node!.boundingBox())!;
  const from = { x: before.x + before.width / 2, y: before.y + before.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x - 120, from.y, { steps: 8 });
  await page.mouse.up();
  expect((await node!.boundingBox())!.x - before.x).toBeCloseTo(-120, -1);
  await expect(page).toHaveURL('/guide/map/');
  // A plain click still opens it.
  const id = (await node!.getAttribute('data-node'))!;
  await node!.click();
  await expect(page).not.toHaveURL('/guide/map/');
  await expect(page.locator(isOutcome(id) ? '[data-outcome-id]' : '[data-step]')).toHaveAttribute(isOutcome(id) ? 'data-outcome-id' : 'data-step', id);
});

test('a box clicked before the viewer has arrived still opens its step', async ({ page }) => {
  await page.route(/\/lazy-mapIsland[^/]*\.js$/, () => new Promise(() => {})); // never arrives
  await page.goto('/guide/map/');
  await page.locator('svg [data-node="in-touch-since"]').click();
  await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'in-touch-since');
});

test('if the viewer’s script fails, the full-size drawing scrolls as without JavaScript', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.route(/\/lazy-mapIsland[^/]*\.js$/, (route) => route.abort());
  await page.goto('/guide/map/');
  await expect(page.locator('html')).toHaveAttribute('data-islands', /./);
  const svg = page.locator('svg[data-guide-map]');
  expect((await svg.boundingBox())!.width).toBeCloseTo(Number(await svg.getAttribute('width')), 0);
  const scroller = page.getByRole('region', { name: t('map.diagram') });
  expect(await scroller.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  await expect(page.locator('[data-map-zoom]').first()).toBeHidden();
  // The hint says to scroll, not to use the controls that never came.
  await expect(page.locator('#map-hint [data-without-js]')).toBeVisible();
  for (const line of await page.locator('#map-hint [data-needs-js]').all()) await expect(line).toBeHidden();
});

test('an outcome’s place on the map (#map-…) opens with its box in view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/guide/map/#map-thank-your-referrer');
  const frame = await viewer(page);
  expect(await inFrame(frame, page.locator('svg [data-node="thank-your-referrer"]'))).toBe(true);
});

test('a #map-… that names no box shows the whole map', async ({ page }) => {
  for (const hash of ['#map-svg-title', '#map-arrow', '#map-nothing"]']) {
    await page.goto('about:blank'); // a new page load each time, not a jump within the page
    await page.goto(`/guide/map/${hash}`);
    const frame = await viewer(page);
    for (const id of STATE_IDS) expect(await inFrame(frame, page.locator(`svg [data-node="${id}"]`)), `${hash} ${id}`).toBe(true);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('on a phone the diagram scrolls at full size, with no zoom controls', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/guide/map/');
    const svg = page.locator('svg[data-guide-map]');
    const natural = Number(await svg.getAttribute('width'));
    expect((await svg.boundingBox())!.width).toBeCloseTo(natural, 0);
    const scroller = page.getByRole('region', { name: t('map.diagram') });
    expect(await scroller.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await expect(page.locator('[data-map-zoom]').first()).toBeHidden();
    await expect(page.locator('#map-hint')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
