import { test, expect, allowPerPage } from './fixtures';
import { allPaths, answeredQuestions, answersOf, isOutcome, machineEdges, outcomeKind, outcomeUrl, pathUrl, shortestPathTo, STATE_IDS } from '../../src/guide/guide-model';
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
  const edges = await page.locator('svg [data-edge]').evaluateAll((groups) => groups.map((group) => (group as SVGElement).dataset.edge!));
  expect(edges.sort()).toEqual([...transitions].sort());
  // Each box is drawn as what the machine says it is: a question, a message or move-on advice.
  for (const node of nodes) expect(node.kind, node.id).toBe(isOutcome(node.id) ? outcomeKind(node.id) : 'question');
});

test('each box opens its step or outcome', async ({ page }) => {
  await page.goto('/guide/map/');
  await page.locator('svg [data-node="in-touch-since"]').click();
  await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'in-touch-since');
  await page.goto('/guide/map/');
  await page.locator('svg [data-node="voicemail-script"]').click();
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome-id', 'voicemail-script');
});

test('the highlighted path matches the URL, for every path', async ({ page }) => {
  const mapPaths = allPaths().filter((candidate) => candidate.answers.length > 0);
  allowPerPage(mapPaths.length);
  for (const path of mapPaths) {
    await page.goto(mapUrl(path.answers));
    const expected = answeredQuestions(path.answers).map(({ stateId, slug }) => {
      const target = answersOf(stateId).find((answer) => answer.slug === slug)!.to;
      return `${stateId}:${slug}:${target}`;
    });
    const taken = await page.locator('svg [data-edge].is-taken').evaluateAll((groups) => groups.map((group) => (group as SVGElement).dataset.edge!));
    expect(taken.sort(), mapUrl(path.answers)).toEqual(expected.sort());
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

test('on a phone the diagram scrolls at full size instead of shrinking', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/guide/map/');
  const svg = page.locator('svg[data-guide-map]');
  const natural = Number(await svg.getAttribute('width'));
  expect((await svg.boundingBox())!.width).toBeCloseTo(natural, 0);
  const scroller = page.getByRole('region', { name: t('map.diagram') });
  expect(await scroller.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('prints on one page', async ({ page }) => {
  await page.goto('/guide/map/');
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, landscape: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g), format).toHaveLength(1);
  }
});
