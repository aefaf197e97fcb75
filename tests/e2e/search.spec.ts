import type { Locator, Page } from '@playwright/test';
import { test, expect, allowPerPage } from './fixtures';
import { contentFile, contentFiles, questionTitle } from '../support/content-files';
import { t, tPlural } from '../../src/i18n';
import { MAX_RESULTS } from '../../src/search/search-panel';
import { MAX_QUERY_LENGTH } from '../../src/words/reader-words';
import { shortQuote } from '../../src/lib/short-quote';

/** The status line says how many results a search found (data-search-count), in src/i18n's words. */
async function expectFound(status: Locator, term: string) {
  // This term's search first: while a term is typed key by key, the line may still be saying what a
  // search for its first letters found, and the count read below would be that search's.
  await expect(status).toContainText(term);
  await expect(status).toHaveAttribute('data-search-state', 'results');
  const count = Number(await status.getAttribute('data-search-count'));
  expect(count).toBeGreaterThan(0);
  await expect(status).toHaveText(
    count > MAX_RESULTS ? t('search.status.foundMore', { count, term, shown: MAX_RESULTS }) : tPlural('search.status.found', count, { term }),
  );
}

/** The status line says the search found nothing. */
async function expectNothingFound(status: Locator, term: string) {
  await expect(status).toHaveAttribute('data-search-state', 'no-results');
  await expect(status).toHaveText(t('search.status.none', { term }));
}

const searchDialog = (page: Page) => page.getByRole('dialog', { name: t('search.title') });
const resultList = (scope: Page | Locator) => scope.getByRole('list', { name: t('search.results') });

/** Requests for search code or the index, which must wait until the reader opens search. */
function watchSearchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (/pagefind|search-panel|search-dialog/.test(request.url())) urls.push(request.url());
  });
  return urls;
}

test('search loads nothing until opened, then finds a question by a word from its answer', async ({ page }) => {
  const searchRequests = watchSearchRequests(page);
  await page.goto('/article/');
  await page.waitForLoadState('networkidle');
  expect(searchRequests).toEqual([]);

  await page.getByRole('banner').getByRole('link', { name: t('header.search') }).click();
  const dialog = searchDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox', { name: t('search.label') }).fill('inbox');
  await expectFound(dialog.getByRole('status'), 'inbox');
  expect(searchRequests.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);

  const result = dialog.getByRole('link', { name: questionTitle('reposted') });
  // Each result names its kind of page.
  await expect(result.locator('.search-result__type')).toHaveText(t('search.resultType.question'));
  await expect(result.locator('mark')).toHaveText(['inbox']);
  await result.click();
  await expect(page).toHaveURL(/\/questions\/reposted\/$/);
});

test('filters results by type', async ({ page }) => {
  await page.goto('/search/?q=budget');
  const results = resultList(page).locator('> li > a');
  await expectFound(page.getByRole('status'), 'budget');
  const types = async () => results.evaluateAll((links) => links.map((link) => (link as HTMLElement).dataset.type));
  const before = new Set(await types());
  expect(before.has('question') && before.has('move-on'), [...before].join()).toBe(true);

  // The page kind is a filter, not words of the page.
  for (const excerpt of await page.locator('.search-result__excerpt').allTextContents()) {
    expect(excerpt).not.toMatch(/^\s*(template|move-on|question|article)\b/);
  }

  await page.getByRole('radio', { name: t('search.type.question'), exact: true }).check();
  await expect(page).toHaveURL(/type=question/);
  await expect.poll(async () => [...new Set(await types())]).toEqual(['question']);

  await page.getByRole('radio', { name: t('search.type.move-on'), exact: true }).check();
  await expect.poll(async () => [...new Set(await types())]).toEqual(['move-on']);
  await results.first().click();
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'move-on');
});

test('the article has sub-results for its sections', async ({ page }) => {
  await page.goto('/search/?q=voicemail&type=article');
  const sections = page.locator('.search-result__sections a');
  await expect(sections.first()).toBeVisible();
  await expect(sections.first()).toHaveAttribute('href', /^\/article\/#[a-z-]+$/);
});

test('keeps navigation and screen-reader-only text out of the index', async ({ page }) => {
  await page.goto('/search/?q=stores');
  // "stores" appears only in the site footer…
  await expectNothingFound(page.getByRole('status'), 'stores');
  // …and "section" only in the screen-reader text of the article's heading anchors.
  await page.getByRole('searchbox').fill('section');
  await expectNothingFound(page.getByRole('status'), 'section');
  // A word from the article body is found, so the index itself works.
  await page.getByRole('searchbox').fill('stopgap');
  await expectFound(page.getByRole('status'), 'stopgap');
});

test('finds what a page says, not its controls or what it shows only later', async ({ page }) => {
  // The message templates are full of controls: copy buttons, a summary of blanks left, an editor.
  const controls = [t('composer.copy.body'), t('composer.gaps.title'), t('composer.gaps.copyAnyway'), t('composer.undoEdits'), t('composer.editNote'), t('template.fillIn'), t('outcome.print'), t('template.openEmail')];
  await page.goto('/search/?q=feedback&type=template');
  await expectFound(page.getByRole('status'), 'feedback');
  const shown = await resultList(page).innerText();
  for (const control of controls) expect(shown).not.toContain(control);
  // What search matches on, for every template it finds: the page's words, none of its controls'.
  const indexed = await page.evaluate(async () => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const search = await pagefind.search('feedback', { filters: { type: 'template' } });
    return Promise.all(search.results.map(async (result: { data: () => Promise<{ url: string; content: string; meta: { title: string } }> }) => result.data()));
  });
  expect(indexed.length).toBeGreaterThan(1);
  for (const { url, content, meta } of indexed) {
    expect(content, url).toContain(meta.title);
    for (const control of controls) expect(content, url).not.toContain(control);
  }
});

/** A text's words, lower case, for comparing what two places say whatever their punctuation. */
const wordsIn = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").split(/[^\p{L}\p{N}'[\]]+/u).filter(Boolean);
/** Every run of four words in a text, each padded so that a run only matches whole words. */
const runsOfFour = (words: string[]) => words.slice(0, -3).map((_, at) => ` ${words.slice(at, at + 4).join(' ')} `);

test('a result quotes what its page shows, never the readers’ phrases it keeps unseen for search', async ({ page, browser }) => {
  // Two searches, then each of up to ten results opened.
  allowPerPage(2 + 2 * 10);
  const reader = await browser.newPage();
  // "ghosted" is found only among those phrases; "no reply" both there and in what pages say.
  for (const term of ['ghosted', 'no reply']) {
    await page.goto(`/search/?q=${encodeURIComponent(term)}`);
    await expectFound(page.getByRole('status'), term);
    const quotes = await resultList(page)
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => ({ href: link.getAttribute('href')!, excerpt: link.querySelector('.search-result__excerpt')!.textContent! })));
    let withUnseen = 0;
    for (const { href, excerpt } of quotes) {
      expect(wordsIn(excerpt).length, `${term}: ${href}`).toBeGreaterThan(3);
      await reader.goto(href);
      const unseen = await reader.locator('[data-search-keywords]').allTextContents();
      if (unseen.length === 0) continue;
      withUnseen++;
      const shown = ` ${wordsIn(await reader.locator('main').innerText()).join(' ')} `;
      const kept = ` ${unseen.map((text) => wordsIn(text).join(' ')).join(' ')} `;
      // No four words in a row that only the unseen phrases hold.
      const onlyUnseen = runsOfFour(wordsIn(excerpt)).filter((run) => kept.includes(run) && !shown.includes(run));
      expect(onlyUnseen, `${term}: ${href}`).toEqual([]);
    }
    expect(withUnseen, term).toBeGreaterThan(2);
  }
  await reader.close();
});

test('works from the keyboard alone: "/" opens, arrows move, Enter follows, Esc closes', async ({ page }) => {
  await page.goto('/questions/');
  await page.keyboard.press('/');
  const dialog = searchDialog(page);
  const input = dialog.getByRole('searchbox');
  await expect(input).toBeFocused();
  await page.keyboard.type('pestering');
  await expectFound(dialog.getByRole('status'), 'pestering');

  await page.keyboard.press('ArrowDown');
  const first = resultList(dialog).getByRole('link').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('Control+k');
  await expect(input).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/questions\/internship-technical\/$/);
});

test('"/" typed into a field is just a character', async ({ page }) => {
  await page.goto('/guide/outcomes/ask-feedback/');
  const name = page.locator('[data-template-field][name="yourName"]');
  await name.fill('A/B');
  await expect(name).toHaveValue('A/B');
  await expect(page.locator('[data-search-dialog]')).toBeHidden();
});

test('the search page keeps the query in the address and explains an empty search', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByRole('status')).toHaveText(t('search.status.empty'));
  await expect(page.getByRole('status')).toHaveAttribute('data-search-state', 'empty');
  await page.getByRole('searchbox').fill('internship');
  await expect(page).toHaveURL(/\?q=internship$/);
  await page.reload();
  await expect(page.getByRole('searchbox')).toHaveValue('internship');
  await expectFound(page.getByRole('status'), 'internship');
});

/** A megabyte of words found nowhere, as a reader might paste by mistake. */
const HUGE_PASTE = 'zqxv '.repeat(200_000);

/** After a huge paste: a query cut to the box's length, no results left from before, a short status line. */
async function expectHugePasteHandled(box: Locator, status: Locator, results: Locator) {
  await expect(box).toHaveAttribute('maxlength', String(MAX_QUERY_LENGTH));
  expect((await box.inputValue()).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  await expect(status).toHaveAttribute('data-search-state', 'no-results');
  // Nothing from before: only the offer of the guide instead.
  await expect(results.locator('> li')).toHaveCount(1);
  await expect(results.locator('a[data-search-guide]')).toHaveAttribute('href', '/guide/');
  await expect(status).toHaveText(t('search.status.none', { term: shortQuote((await box.inputValue()).trim()) }));
  expect((await status.textContent())!.length).toBeLessThan(200);
}

test('a megabyte pasted into search leaves no results from before and a short status line, on the page and in the dialog', async ({ page }) => {
  await page.goto('/search/?q=inbox');
  const box = page.getByRole('searchbox');
  await expectFound(page.getByRole('status'), 'inbox');
  await box.selectText();
  await page.keyboard.insertText(HUGE_PASTE);
  await expectHugePasteHandled(box, page.getByRole('status'), resultList(page));

  await page.goto('/article/');
  await page.keyboard.press('/');
  const dialog = searchDialog(page);
  const dialogBox = dialog.getByRole('searchbox');
  await dialogBox.fill('inbox');
  await expectFound(dialog.getByRole('status'), 'inbox');
  await dialogBox.selectText();
  await page.keyboard.insertText(HUGE_PASTE);
  await expectHugePasteHandled(dialogBox, dialog.getByRole('status'), resultList(dialog));
});

test('a very long query in the address is cut to the box’s length, in the box, the search and the address', async ({ page }) => {
  // Long enough to be cut (the box takes 200 characters), short enough for any host's address limit.
  await page.goto(`/search/?q=${'zqxv%20'.repeat(300)}`);
  const box = page.getByRole('searchbox');
  await expectHugePasteHandled(box, page.getByRole('status'), resultList(page));
  expect(new URL(page.url()).searchParams.get('q')!.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
});

test('says plainly when there is no search index (as under astro dev)', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/questions/');
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText(t('search.status.unavailable'));
  await expect(page.getByRole('dialog').getByRole('status')).toHaveAttribute('data-search-state', 'unavailable');
});

test('nothing typed straight after "/" is lost while search loads', async ({ page }) => {
  await page.goto('/article/');
  await page.keyboard.press('/');
  await page.keyboard.type('internship');
  const dialog = searchDialog(page);
  await expect(dialog.getByRole('searchbox')).toHaveValue('internship');
  await expectFound(dialog.getByRole('status'), 'internship');
});

test('a reader’s own words rank the advice that carries them first: “no reply”', async ({ page }) => {
  // The outcomes whose content lists "no reply" (or "no-reply…", "noreply…") among the words readers type…
  const saysNoReply = (keyword: string) => /^no[\s-]?reply\b/i.test(keyword);
  // …or a phrase the editor's lists say means the same ("ghosted", "heard nothing"…).
  const sameMeaning = (contentFile('words', 'reader-words').data.synonyms as string[][]).find((group) => group.includes('no reply'))!;
  const saysItSomehow = (keyword: string) => sameMeaning.some((phrase) => keyword.toLowerCase().startsWith(phrase)) || saysNoReply(keyword);
  const outcomes = [...contentFiles('templates'), ...contentFiles('move-on')];
  const urlsWhere = (says: (keyword: string) => boolean) =>
    outcomes.filter((file) => (file.data.keywords as string[] | undefined)?.some(says)).map((file) => `/guide/outcomes/${file.id}/`);
  const carrying = urlsWhere(saysNoReply);
  const carryingSomehow = urlsWhere(saysItSomehow);
  expect(carrying.length).toBeGreaterThanOrEqual(2);
  await page.goto('/search/?q=no%20reply');
  // The guide's own starting point for the words comes first; then the pages.
  await expect(resultList(page).locator('> li > a').first()).toHaveAttribute('data-search-guide', '');
  const results = resultList(page).locator('> li > a:not([data-search-guide])');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  // Every page that carries the phrase comes before every page that carries it in no form.
  const firstWithout = hrefs.findIndex((href) => !carryingSomehow.includes(href));
  for (const url of carrying) {
    expect(hrefs, `${url} is among the results`).toContain(url);
    if (firstWithout !== -1) expect(hrefs.indexOf(url), `${url} before ${hrefs[firstWithout]}`).toBeLessThan(firstWithout);
  }
  // The words themselves are never shown as page text.
  await page.goto(carrying[0]!);
  const keywordBlocks = page.locator('[data-search-keywords]');
  expect(await keywordBlocks.count()).toBeGreaterThan(0);
  for (const block of await keywordBlocks.all()) await expect(block).toBeHidden();
});

/**
 * Readers' sentences that found nothing when search needed every word: each must bring the right
 * page (any of those listed, written by hand) among the first three results.
 */
const SENTENCES: { query: string; right: string[] }[] = [
  { query: 'ghosted after final interview', right: ['/guide/no-reply/final-round/', '/guide/outcomes/last-check-in/', '/questions/ghosted-after-promise/'] },
  { query: 'staffing agency client went with someone else', right: ['/guide/outcomes/agency-reply/', '/guide/turned-down/agency/'] },
  { query: 'heard nothing after applying online', right: ['/guide/outcomes/move-on-automated/', '/guide/no-reply/applied/'] },
  { query: 'they will keep my cv on file', right: ['/guide/outcomes/kept-on-file/'] },
  { query: 'same job advertised again after rejection', right: ['/guide/outcomes/reapply-reposted/', '/guide/reposted/', '/questions/reposted/'] },
  // Words no page holds, found through their synonyms ("revoked" is "rescinded").
  { query: 'my offer was revoked', right: ['/guide/outcomes/offer-withdrawn/', '/guide/offer-withdrawn/'] },
  { query: 'revoked', right: ['/guide/outcomes/offer-withdrawn/', '/guide/offer-withdrawn/'] },
];

for (const { query, right } of SENTENCES) {
  test(`a sentence in a reader’s words finds the right page among the first three: “${query}”`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const status = page.getByRole('status');
    await expect(status).toHaveAttribute('data-search-state', /^(results|closest)$/);
    const links = resultList(page).locator('> li > a');
    await expect(links.first()).toBeVisible();
    const firstThree = (await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')!))).slice(0, 3);
    expect(firstThree.some((href) => right.includes(href)), `${firstThree.join(', ')} holds one of ${right.join(', ')}`).toBe(true);
  });
}

test('a query that names a guide situation puts its advice first, or where the guide would start', async ({ page }) => {
  // Settled by the words: the outcome's page, moved to the top.
  await page.goto(`/search/?q=${encodeURIComponent('offer rescinded before my start date')}`);
  const links = resultList(page).locator('> li > a');
  await expect(links.first()).toHaveAttribute('href', '/guide/outcomes/offer-withdrawn/');
  // Not settled: the guide at the question the words leave open, first.
  await page.goto(`/search/?q=${encodeURIComponent('ghosted after final interview')}`);
  await expect(links.first()).toHaveAttribute('href', '/guide/no-reply/final-round/');
  await expect(links.first()).toHaveAttribute('data-search-guide', '');
});

test('when no page has every word, search says so and shows the closest matches', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('ghosted after final interview')}`);
  const status = page.getByRole('status');
  await expect(status).toHaveAttribute('data-search-state', 'closest');
  await expect(status).toHaveText(t('search.status.closest', { term: 'ghosted after final interview' }));
  await expect(resultList(page).locator('> li > a:not([data-search-guide])')).not.toHaveCount(0);
});

test('when nothing matches at all, search offers the guide instead', async ({ page }) => {
  await page.goto('/search/?q=xylophone');
  await expectNothingFound(page.getByRole('status'), 'xylophone');
  const offer = resultList(page).locator('a[data-search-guide]');
  await expect(offer).toHaveText(t('search.tryGuide'));
  await offer.click();
  await expect(page).toHaveURL(/\/guide\/$/);
});
