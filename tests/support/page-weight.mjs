// Bytes a page needs before the reader does anything: its HTML, CSS and JavaScript, each
// gzip-compressed (level 9, as static hosts serve them). Shared by the budget test and `npm run bench`.
import { gzipSync } from 'node:zlib';

const KIND_BY_TYPE = { document: 'html', stylesheet: 'css', script: 'js' };

/**
 * Loads `url` in `page` and sums the gzip size of every HTML, CSS and JS response until the
 * network is idle (no interaction happens, so lazily loaded code is not counted).
 * @param {import('@playwright/test').Page} page
 * @param {string} url
 * @returns {Promise<{ html: number, css: number, js: number, inlineJs: number, files: { url: string, kind: string, bytes: number }[] }>}
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
    // A page's island is asked for once the page has painted, which on a busy machine can be
    // after the network has gone quiet: wait for the page script to say it has arrived.
    await page.waitForFunction(() => !document.querySelector('[data-island]') || document.documentElement.dataset.islands === 'ready');
  } finally {
    page.off('response', onResponse);
  }
  // A stylesheet for another medium (the handout's, media="print") neither blocks nor styles the
  // first render: listed as what it is, outside the HTML+CSS total.
  const otherMedia = new Set(
    await page.evaluate(() =>
      [...document.querySelectorAll('link[rel="stylesheet"]')].filter((link) => !matchMedia(link.media || 'all').matches).map((link) => link.href),
    ),
  );
  const files = (await Promise.all(pending)).map((file) => (otherMedia.has(file.url) ? { ...file, kind: 'css, other media' } : file));
  const total = (kind) => files.filter((file) => file.kind === kind).reduce((sum, file) => sum + file.bytes, 0);
  // Inline scripts travel inside the HTML; count them too, to hold them to their own budget.
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? '').join('\n'),
  );
  const inlineJs = inline ? gzipSync(Buffer.from(inline), { level: 9 }).length : 0;
  return { html: total('html'), css: total('css'), js: total('js'), inlineJs, files };
}

const KB = 1024;

/** Budgets in bytes (gzip), enforced by tests/e2e/budget.spec.ts and printed by the bench. */
export const BUDGETS = {
  /** HTML + CSS needed for first render: one TCP initial window… */
  htmlCss: 14 * KB,
  /** …except the long article. */
  articleHtmlCss: 30 * KB,
  /** The inline trigger every page carries (theme toggle, search shortcut, islands and their fallbacks when a script fails). */
  inlineJs: 1.25 * KB,
  /** Script files before first interaction on the guide's pages, template outcomes included (the machine and the composer load on intent). */
  guideJs: 3 * KB,
  /** The counsellors' filter and copy buttons. */
  toolJs: 2 * KB,
  /** The follow-ups list, as the guide's island (its edit, import and export load at the first touch). */
  followUpsJs: 3 * KB,
};

/**
 * One page of each kind, with its budget for script files loaded before any interaction
 * (`js`: undefined where loading code is the point, as on the search page, which opens search)
 * and, where Lighthouse checks it, the path it checks (the 404 page is checked as the page itself,
 * since Lighthouse marks down any page served with an error status).
 */
export const PAGE_KINDS = [
  { kind: 'home', path: '/', js: 0, lighthouse: '/' },
  { kind: 'article', path: '/article/', js: 0, htmlCss: BUDGETS.articleHtmlCss, lighthouse: '/article/' },
  { kind: 'question', path: '/questions/not-filling/', js: 0, lighthouse: '/questions/not-filling/' },
  { kind: 'questions index', path: '/questions/', js: 0, lighthouse: '/questions/' },
  { kind: 'search', path: '/search/', js: undefined, lighthouse: '/search/' },
  { kind: '404', path: '/no-such-page/', js: BUDGETS.toolJs, lighthouse: '/404.html' },
  { kind: 'guide start', path: '/guide/', js: BUDGETS.guideJs, lighthouse: '/guide/' },
  { kind: 'guide step', path: '/guide/turned-down/by-email/still-keen/', js: BUDGETS.guideJs, lighthouse: '/guide/turned-down/by-email/still-keen/' },
  {
    kind: 'template outcome',
    path: '/guide/turned-down/by-email/still-keen/overqualified/',
    js: BUDGETS.guideJs,
    lighthouse: '/guide/turned-down/by-email/still-keen/overqualified/',
  },
  { kind: 'move-on outcome', path: '/guide/no-reply/interviews/in-touch-by-email/no-date/one-to-six-weeks/followed-up/', js: BUDGETS.guideJs, lighthouse: '/guide/no-reply/interviews/in-touch-by-email/no-date/one-to-six-weeks/followed-up/' },
  { kind: 'outcome page', path: '/guide/outcomes/last-check-in/', js: BUDGETS.guideJs },
  { kind: 'counsellors', path: '/counselors/', js: BUDGETS.toolJs, lighthouse: '/counselors/' },
  { kind: 'map', path: '/guide/map/no-reply/interviews/in-touch-by-email/date-passed/', js: BUDGETS.toolJs, lighthouse: '/guide/map/no-reply/interviews/in-touch-by-email/date-passed/' },
  // Not a guide page, though its budget is the guide's.
  { kind: 'follow-ups', path: '/follow-ups/', js: BUDGETS.followUpsJs, guide: false },
].map((page) => ({ htmlCss: BUDGETS.htmlCss, ...page, guide: page.guide ?? page.js === BUDGETS.guideJs }));
