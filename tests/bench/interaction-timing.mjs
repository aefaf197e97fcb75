// Timings of what a reader waits for, measured inside the page with performance.now().
import { gzipSync } from 'node:zlib';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Search: the bytes Pagefind downloads for a first search, and the median time from typing a
 * query to its results being shown (including the panel's pause for typing). Some queries are
 * readers' sentences that no page holds in full, so that search's second try counts too.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} origin
 */
export async function measureSearch(context, origin, queries = ['feedback', 'internship', 'voicemail', 'budget', 'ghosted after final interview', 'silence', 'reapply', 'they will keep my cv on file', 'thank', 'interview', 'recruiter']) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let pagefindBytes = 0;
  cdp.on('Network.loadingFinished', (event) => {
    if (urls.get(event.requestId)?.includes('/pagefind/')) pagefindBytes += event.encodedDataLength;
  });
  const urls = new Map();
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));

  await page.goto(`${origin}/article/`);
  await page.keyboard.press('/');
  const input = page.locator('[data-search-dialog] [data-search-input]');
  await input.waitFor();
  const times = [];
  for (const [index, query] of queries.entries()) {
    const elapsed = await page.evaluate(async (term) => {
      const box = document.querySelector('[data-search-dialog] [data-search-input]');
      const status = document.querySelector('[data-search-dialog] [data-search-status]');
      const started = performance.now();
      const shown = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (status.textContent.includes(`“${term}”`)) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
      });
      box.value = term;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      return shown;
    }, query);
    if (index === 0) await page.waitForLoadState('networkidle');
    times.push(elapsed);
  }
  await page.close();
  return { firstSearchBytes: pagefindBytes, medianMs: median(times.slice(1)), firstMs: times[0] };
}

/**
 * The guide: median time from clicking an answer to the next step being in the page (swapped in
 * by the island, focus on its heading), over several walks. As a reader would, the reader reads
 * first: the click waits until the step the answer leads to has been prefetched, then the
 * pointer rests on the answer and clicks it (a real, trusted click). Also the median time to the
 * next paint after the click, from the browser's Event Timing (INP's measure, in 8 ms steps;
 * clicks under 16 ms are not reported by the browser and count as 16).
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} origin
 * @param {number[][]} walks per walk, which answer to click at each question (its place among the
 *   step's answers, counted from 0), so that the walks follow the guide as built, not a copy of it
 */
export async function measureGuide(context, origin, walks) {
  const page = await context.newPage();
  const times = [];
  const paints = [];
  for (const answers of walks) {
    await page.goto(`${origin}/guide/`);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => {
      window.clickPaints = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name === 'click') window.clickPaints.push(entry.duration);
      }).observe({ type: 'event', durationThreshold: 16 });
    });
    for (const choice of answers) {
      const offered = await page.locator('[data-answer]').evaluateAll((links) => links.map((link) => link.dataset.answer));
      if (!offered.length) break; // an outcome: this walk is over
      const answer = offered[choice % offered.length];
      const link = page.locator(`[data-answer="${answer}"]`);
      await page.waitForFunction(
        (slug) => {
          const href = document.querySelector(`[data-answer="${slug}"]`)?.href;
          return performance.getEntriesByType('resource').some((entry) => entry.name === href && entry.responseEnd > 0);
        },
        answer,
      );
      await link.hover();
      await page.evaluate(() => {
        const view = document.querySelector('[data-guide-view]');
        window.stepShown = new Promise((resolve) => {
          let started = 0;
          window.addEventListener('click', () => (started = performance.now()), { capture: true, once: true });
          const observer = new MutationObserver(() => {
            if (!document.contains(view)) {
              observer.disconnect();
              resolve(performance.now() - started);
            }
          });
          observer.observe(document.querySelector('guide-flow'), { childList: true, subtree: true });
        });
        window.paintsBefore = window.clickPaints.length;
      });
      await link.click();
      times.push(await page.evaluate(() => window.stepShown));
      // This click's entry arrives once its frame is presented; none comes for one under 16 ms.
      const arrived = await page
        .waitForFunction(() => window.clickPaints.length > window.paintsBefore, undefined, { timeout: 1_000 })
        .then(() => true, () => false);
      paints.push(arrived ? await page.evaluate(() => window.clickPaints[window.paintsBefore]) : 16);
    }
  }
  await page.close();
  return { medianMs: median(times), paintMedianMs: median(paints), clicks: times.length };
}

/**
 * The "what happened?" box: what loads on its first focus (its script and the guide's words,
 * gzip-compressed), and the median time from a keystroke to the suggestions being updated in
 * the page, over descriptions typed one key at a time.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} origin
 * @param {string[]} sentences
 */
export async function measureDescribe(context, origin, sentences) {
  const page = await context.newPage();
  await page.goto(`${origin}/guide/`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.documentElement.dataset.islands === 'ready');
  const loaded = [];
  const onResponse = (response) => loaded.push(response.body().then((body) => gzipSync(body, { level: 9 }).length, () => 0));
  page.on('response', onResponse);
  await page.locator('[data-describe-input]').focus();
  await page.waitForFunction(() => document.querySelector('[data-describe]')?.hasAttribute('data-connected'));
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const firstFocusBytes = (await Promise.all(loaded)).reduce((sum, bytes) => sum + bytes, 0);

  const times = await page.evaluate((all) => {
    const box = document.querySelector('[data-describe-input]');
    const measured = [];
    for (const sentence of all) {
      for (let length = 1; length <= sentence.length; length++) {
        box.value = sentence.slice(0, length);
        const started = performance.now();
        // The box updates its list as the input event is handled.
        box.dispatchEvent(new Event('input', { bubbles: true }));
        measured.push(performance.now() - started);
      }
    }
    return measured;
  }, sentences);
  await page.close();
  return { firstFocusBytes, medianMs: median(times), keystrokes: times.length, slowestMs: Math.max(...times) };
}
