// Bytes a page needs before the reader does anything: its HTML, CSS and JavaScript, each
// gzip-compressed (level 9, as static hosts serve them). Shared by the budget test and `npm run bench`.
import { gzipSync } from 'node:zlib';

const KIND_BY_TYPE = { document: 'html', stylesheet: 'css', script: 'js' };

/**
 * Loads `url` in `page` and sums the gzip size of every HTML, CSS and JS response until the
 * network is idle (no interaction happens, so lazily loaded code is not counted).
 * @param {import('@playwright/test').Page} page
 * @param {string} url
 * @returns {Promise<{ html: number, css: number, js: number, files: { url: string, kind: string, bytes: number }[] }>}
 */
export async function measurePageWeight(page, url) {
  // Measure a first visit: nothing may come from the cache of an earlier page.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const pending = [];
  const onResponse = (response) => {
    const kind = KIND_BY_TYPE[response.request().resourceType()];
    if (!kind) return;
    pending.push(
      response
        .body()
        .then((body) => ({ url: response.url(), kind, bytes: gzipSync(body, { level: 9 }).length }))
        .catch(() => ({ url: response.url(), kind, bytes: 0 })),
    );
  };
  page.on('response', onResponse);
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
  } finally {
    page.off('response', onResponse);
  }
  const files = await Promise.all(pending);
  const total = (kind) => files.filter((file) => file.kind === kind).reduce((sum, file) => sum + file.bytes, 0);
  return { html: total('html'), css: total('css'), js: total('js'), files };
}

/** Budgets in bytes (gzip), enforced by tests/e2e/budget.spec.ts and printed by the bench. */
export const BUDGETS = {
  /** JavaScript before first interaction on the guide's pages (issue: the decision guide). */
  guideJs: 20 * 1024,
};

/** One page of each kind, for the budget test and the bench. */
export const PAGE_KINDS = [
  { kind: 'home', path: '/', guide: false },
  { kind: 'article', path: '/article/', guide: false },
  { kind: 'question', path: '/questions/not-filling/', guide: false },
  { kind: 'questions index', path: '/questions/', guide: false },
  { kind: 'search', path: '/search/', guide: false },
  { kind: '404', path: '/no-such-page/', guide: false },
  { kind: 'guide start', path: '/guide/', guide: true },
  { kind: 'guide step', path: '/guide/turned-down/still-interested/', guide: true },
  { kind: 'template outcome', path: '/guide/turned-down/still-interested/overqualified/', guide: true },
  { kind: 'move-on outcome', path: '/guide/no-reply/no-date/followed-up/', guide: true },
  { kind: 'outcome page', path: '/guide/outcomes/last-check-in/', guide: true },
];
