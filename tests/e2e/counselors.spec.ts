import { test, expect, allowPerPage } from './fixtures';
import { allPaths, answersOf, handoutUrl, isOutcome, OUTCOME_IDS, outcomeKind, outcomeUrl, pathUrl, QUESTION_IDS } from '../../src/guide/guide-model';
import { OVERVIEW_URL } from '../../src/lib/counsellor-urls';
import { t, tPlural } from '../../src/i18n';
import { MAX_QUERY_LENGTH } from '../../src/words/reader-words';

/**
 * The routes the directory lists: every path that ends at an outcome, with the way the news came
 * (or the way you have been in touch) read as email. Every channel gives the same advice and the
 * message page offers them all, so the directory lists each route once. Written out by hand here.
 */
const TOLD = ['by-email', 'by-phone', 'by-text', 'on-linkedin', 'in-person', 'on-job-board'];
const asListed = (answers: string[]) =>
  answers
    .filter((answer) => answer !== 'phone-is-easiest' && answer !== 'email-is-easiest')
    .map((answer) => (TOLD.includes(answer) ? 'by-email' : answer.startsWith('in-touch-') ? 'in-touch-by-email' : answer));
const outcomePaths = [
  ...new Map(
    allPaths()
      .filter((path) => isOutcome(path.stateId))
      .map((path) => [`${path.stateId}:${asListed(path.answers).join('/')}`, { answers: asListed(path.answers), stateId: path.stateId }]),
  ).values(),
];

const filterName = t('directory.filter');
/** The status line with nothing typed (every path): it says something else once the filter has applied. */
const everything = t('directory.all', { paths: outcomePaths.length, outcomes: OUTCOME_IDS.length });

test('lists every outcome, grouped by kind, with every path the machine enumerates', async ({ page }) => {
  await page.goto('/counselors/');
  const listed = await page.locator('[data-directory-outcome]').evaluateAll((items) =>
    items.map((item) => ({
      id: (item as HTMLElement).dataset.directoryOutcome!,
      group: item.closest('[data-directory-group]')!.querySelector('h2')!.textContent!,
      paths: [...item.querySelectorAll<HTMLElement>('[data-directory-path]')].map((path) => path.dataset.directoryPath!),
      handout: item.querySelector<HTMLAnchorElement>('[data-handout]')!.getAttribute('href'),
    })),
  );
  expect(listed.map((item) => item.id).sort()).toEqual([...OUTCOME_IDS].sort());
  for (const item of listed) {
    expect(item.group, item.id).toBe(t(`kind.${outcomeKind(item.id)}.group`));
    expect(item.paths.sort(), item.id).toEqual(
      outcomePaths.filter((path) => path.stateId === item.id).map((path) => path.answers.join('/')).sort(),
    );
    // "Print handout" is its own link, not the outcome's: it opens the print dialog.
    expect(item.handout).not.toBe(outcomeUrl(item.id));
    expect(new URL(item.handout!, 'http://x').pathname).toBe(outcomeUrl(item.id));
  }
});

test('"Print handout" opens the advice straight in the print dialog, once', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { __printed: number }).__printed = ((window as unknown as { __printed?: number }).__printed ?? 0) + 1;
    };
  });
  await page.goto('/counselors/');
  const item = page.locator('[data-directory-outcome="last-check-in"]');
  await item.locator('[data-handout]').click();
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome-id', 'last-check-in');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __printed?: number }).__printed)).toBe(1);
  // The address is the advice's own again: a reload or a copied link does not print.
  await expect(page).toHaveURL(outcomeUrl('last-check-in'));
  await page.reload();
  await expect(page.locator('[data-outcome]')).toBeVisible();
  // The island that prints (the guide's) has arrived: before it, nothing could have printed anyway.
  await expect(page.locator('html')).toHaveAttribute('data-islands', 'ready');
  expect(await page.evaluate(() => (window as unknown as { __printed?: number }).__printed)).toBeUndefined();
});

test('"?print" prints only a piece of advice: a question step opens without printing, and its address loses the query all the same', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { __printed: number }).__printed = ((window as unknown as { __printed?: number }).__printed ?? 0) + 1;
    };
  });
  const printed = () => page.evaluate(() => (window as unknown as { __printed?: number }).__printed);
  /** Once the page has loaded and a task more has run: a print it had asked for has happened by then. */
  const settled = () => page.evaluate(() => new Promise((done) => (document.readyState === 'complete' ? setTimeout(done) : addEventListener('load', () => setTimeout(done)))));

  await page.goto(`${pathUrl(['no-reply'])}?print&utm_source=mail#main`);
  await expect(page).toHaveURL(`${pathUrl(['no-reply'])}#main`);
  await settled();
  expect(await printed()).toBeUndefined();

  // The same query on a piece of advice still prints it, once.
  await page.goto(`${outcomeUrl('ask-feedback')}?print&utm_source=mail`);
  await expect(page).toHaveURL(outcomeUrl('ask-feedback'));
  await expect.poll(printed).toBe(1);
});

test('an index at the top groups the outcomes by the reader’s situation, with the routes to each', async ({ page }) => {
  await page.goto('/counselors/');
  const index = page.getByRole('navigation', { name: t('directory.index') });
  await expect(index).toBeVisible();
  // What the machine says: for each answer to the first question, where its routes end, and how many.
  const expected: Record<string, Record<string, number>> = {};
  for (const path of outcomePaths) {
    const situation = (expected[path.answers[0]!] ??= {});
    situation[path.stateId] = (situation[path.stateId] ?? 0) + 1;
  }
  const listed = await index.locator('[data-index-situation]').evaluateAll((sections) =>
    Object.fromEntries(
      sections.map((section) => [
        (section as HTMLElement).dataset.indexSituation!,
        Object.fromEntries([...section.querySelectorAll<HTMLElement>('[data-index-outcome]')].map((item) => [item.dataset.indexOutcome!, Number(item.dataset.routes)])),
      ]),
    ),
  );
  expect(listed).toEqual(expected);
  // The situations come in the order the guide's first question offers them.
  const situations = await index.locator('[data-index-situation] h3').allTextContents();
  const guide = await page.context().newPage();
  await guide.goto('/guide/');
  expect(situations).toEqual(await guide.locator('[data-answer] .answer__label').allTextContents());
  await guide.close();
  // Each entry leads to its outcome's row on the page.
  await index.locator('[data-index-outcome="last-check-in"] a').first().click();
  await expect(page.locator('[data-directory-outcome="last-check-in"] h3')).toBeInViewport();
});

test('on a wide screen the index’s columns start level, each situation heading above its list in larger type', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/counselors/');
  const headings = await page.locator('[data-index-situation] h3').evaluateAll((elements) =>
    elements.map((heading) => {
      const box = heading.getBoundingClientRect();
      const list = heading.nextElementSibling!;
      return { left: Math.round(box.left), top: box.top, size: parseFloat(getComputedStyle(heading).fontSize), listSize: parseFloat(getComputedStyle(list).fontSize) };
    }),
  );
  const columnTops = new Map<number, number>();
  for (const { left, top } of headings) if (!columnTops.has(left)) columnTops.set(left, top);
  expect(columnTops.size, 'columns').toBeGreaterThan(1);
  const tops = [...columnTops.values()];
  for (const top of tops) expect(Math.abs(top - tops[0]!)).toBeLessThanOrEqual(1);
  for (const { size, listSize } of headings) expect(size).toBeGreaterThan(listSize);
});

test('on a phone, “the filter” in the how-to steps takes the counsellor into it, below the long index', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/counselors/');
  const filter = page.getByRole('searchbox', { name: filterName });
  await expect(filter).not.toBeInViewport();
  await page.getByRole('region', { name: t('counsellors.howTo') }).getByRole('link', { name: t('counsellors.howTo.filter') }).click();
  await expect(filter).toBeFocused();
  await expect(filter).toBeInViewport();
  // Its label and hint come into view with it: the box is not left unexplained at the top.
  await expect(page.locator('label[for="directory-filter"]')).toBeInViewport();
  await expect(page.locator('#directory-filter-hint')).toBeInViewport();
  await filter.pressSequentially('voicemail');
  await expect(page.locator('[data-directory-path]:visible')).not.toHaveCount(outcomePaths.length);
});

test('on a phone the filter never hides a quarter of the list', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/counselors/');
  await page.locator('[data-directory-path]').nth(10).scrollIntoViewIfNeeded();
  const box = (await page.locator('.directory__filter').boundingBox())!;
  const covered = Math.max(0, Math.min(box.y + box.height, 844) - Math.max(box.y, 0));
  expect(covered).toBeLessThan(844 / 4);
});

test('each listed link opens the right step', async ({ page }) => {
  allowPerPage(outcomePaths.length);
  await page.goto('/counselors/');
  const links = await page.locator('[data-directory-path] > a').evaluateAll((anchors) =>
    anchors.map((anchor) => ({ href: anchor.getAttribute('href')!, path: anchor.parentElement!.dataset.directoryPath! })),
  );
  expect(links).toHaveLength(outcomePaths.length);
  for (const { href, path } of links) {
    const expected = outcomePaths.find((candidate) => candidate.answers.join('/') === path)!;
    expect(href).toBe(pathUrl(expected.answers));
    await page.goto(href);
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome-id', expected.stateId);
  }
});

test('copy link copies the full address of that path', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/counselors/');
  const item = page.locator('[data-directory-path="no-reply/interviews/in-touch-by-email/date-passed/under-six-weeks/not-since"]');
  await item.getByRole('button', { name: t('directory.copyLink') }).click();
  const url = `${baseURL}/guide/no-reply/interviews/in-touch-by-email/date-passed/under-six-weeks/not-since/`;
  // Polled: the copy is asynchronous, and the browser's clipboard may still hold an earlier test's text.
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await expect(page.locator('[data-directory-status]')).toHaveText(t('directory.linkCopied', { url }));
});

for (const width of [390, 1280]) {
  test(`at ${width} px, the copy button pressed says the link is copied, in view`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width, height: 844 });
    await page.goto('/counselors/');
    // A route far down the page, where the status line at the top is out of sight.
    const button = page.locator('[data-directory-path]').last().getByRole('button');
    await button.click();
    await expect(button).toHaveText(t('directory.copied'));
    await expect(button).toBeInViewport();
    // It goes back to its own words, ready for another copy.
    await expect(button).toHaveText(t('directory.copyLink'), { timeout: 10_000 });
  });
}

test('every copy-link button has a name of its own, saying which path it copies', async ({ page }) => {
  await page.goto('/counselors/');
  // Their accessible names, as the browser's accessibility tree has them (Playwright's snapshot).
  const snapshot = await page.locator('[data-directory]').ariaSnapshot();
  // (A name with ": " in it comes in YAML quotes: - 'button "…: …"'.)
  const names = [...snapshot.matchAll(/- '?button "([^"]*)"/g)].map((match) => match[1] ?? '');
  expect(names).toHaveLength(outcomePaths.length);
  expect(new Set(names).size).toBe(names.length);
  for (const name of names) expect(name.startsWith(t('directory.copyLink'))).toBe(true);
});

test('the filter takes a phrase, not a megabyte pasted by mistake', async ({ page }) => {
  await page.goto('/counselors/');
  const filter = page.getByRole('searchbox', { name: filterName });
  await expect(filter).toHaveAttribute('maxlength', String(MAX_QUERY_LENGTH));
  await filter.focus();
  await page.keyboard.insertText('xylophone '.repeat(100_000));
  await expect(filter).toHaveValue('xylophone '.repeat(100_000).slice(0, MAX_QUERY_LENGTH));
  await expect(page.locator('[data-directory-empty]')).toBeVisible();
});

test('the filter narrows the list as you type, and says when nothing matches', async ({ page }) => {
  await page.goto('/counselors/');
  const visiblePaths = page.locator('[data-directory-path]:visible');
  const total = outcomePaths.length;
  await expect(visiblePaths).toHaveCount(total);
  const status = page.locator('[data-directory-status]');
  await expect(status).toHaveText(everything);

  const filter = page.getByRole('searchbox', { name: filterName });
  await filter.fill('internship');
  // The filter's script arrives after the first paint and applies what was typed when it does:
  // until the status line counts what it shows, the list is still the whole list.
  await expect(status).not.toHaveText(everything);
  const count = await visiblePaths.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(total);
  for (const text of await page.locator('[data-directory-outcome]:visible').allTextContents()) {
    expect(text.toLowerCase()).toContain('internship');
  }

  // One outcome matches, with every route the machine has to it.
  await filter.fill('over qualified');
  await expect(page.locator('[data-directory-outcome]:visible')).toHaveCount(1);
  await expect(page.locator('[data-directory-outcome="overqualified-reply"]')).toBeVisible();
  const routes = outcomePaths.filter((path) => path.stateId === 'overqualified-reply').length;
  await expect(visiblePaths).toHaveCount(routes);
  await expect(status).toHaveText(tPlural('directory.shown', 1, { paths: routes, total }));

  await filter.fill('xylophone');
  await expect(visiblePaths).toHaveCount(0);
  await expect(page.locator('[data-directory-empty]')).toBeVisible();

  // Typing with no letters the list could hold (symbols, an emoji, another script) matches nothing too.
  for (const odd of ['(*[', '🙂', 'مرحبا']) {
    await filter.fill(odd);
    await expect(visiblePaths).toHaveCount(0);
    await expect(page.locator('[data-directory-empty]')).toBeVisible();
    await expect(status).toHaveText(tPlural('directory.shown', 0, { paths: 0, total }));
  }

  await filter.fill('');
  await expect(visiblePaths).toHaveCount(total);
  await expect(status).toHaveText(everything);
});

test('the filter knows the words clients use, not only the guide’s labels', async ({ page }) => {
  await page.goto('/counselors/');
  const filter = page.getByRole('searchbox', { name: filterName });
  const shown = page.locator('[data-directory-outcome]:visible');
  // "Talent team" appears in no label or title: only in the words readers type for an automatic rejection.
  await filter.fill('talent team');
  // Filtered first (the script may connect after the fill), so that the outcome seen below is one
  // the filter shows, not one of the whole list; its readers' words arrive after that.
  await expect(page.locator('[data-directory-status]')).not.toHaveText(everything);
  await expect(page.locator('[data-directory-outcome="move-on-automated"]')).toBeVisible();
  await expect.poll(() => shown.count()).toBeLessThan(OUTCOME_IDS.length / 2);
  // "Hiring freeze" is how people describe a job on hold.
  await filter.fill('hiring freeze');
  await expect(page.locator('[data-directory-outcome="thanks-for-letting-me-know"]')).toBeVisible();
  await expect(page.locator('[data-directory-outcome="move-on-after-thanks"]')).toBeVisible();
  await expect(page.locator('[data-directory-outcome="ask-feedback"]')).toBeHidden();
});

test('“not followed up” finds the routes of people who have not followed up, not of those who have', async ({ page }) => {
  await page.goto('/counselors/');
  await page.getByRole('searchbox', { name: filterName }).fill('not followed up');
  const shown = page.locator('[data-directory-path]:visible');
  // Filtered (until the script applies the words, every route shows, "followed-up" ones too), and
  // with routes found: the readers' words that find them arrive after the filter first applies.
  await expect(page.locator('[data-directory-status]')).not.toHaveText(everything);
  await expect(shown).not.toHaveCount(0);
  const ends = await shown.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.directoryPath!.split('/').at(-1)));
  // Routes end at the follow-up question's "not yet" answers ("not-since", "not-followed-up"),
  // never at its "followed-up".
  expect(ends).not.toContain('followed-up');
  for (const end of ends) expect(end).toMatch(/^not-/);
});

test('the filter still finds labels when the readers’ words cannot be fetched', async ({ page }) => {
  await page.route('**/counselors/words.json', (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto('/counselors/');
  await page.getByRole('searchbox', { name: filterName }).fill('internship');
  // Filtered: the whole list, shown before the script applies what was typed, would prove nothing.
  await expect(page.locator('[data-directory-status]')).not.toHaveText(everything);
  await expect(page.locator('[data-directory-path]:visible')).not.toHaveCount(outcomePaths.length);
  await expect(page.locator('[data-directory-path]:visible').first()).toBeVisible();
  await expect(page.locator('[data-directory-empty]')).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the directory is a complete plain list', async ({ page }) => {
    await page.goto('/counselors/');
    await expect(page.locator('[data-directory-path]:visible')).toHaveCount(outcomePaths.length);
    const filter = page.getByRole('searchbox', { name: filterName, includeHidden: true });
    await expect(filter).toHaveCount(1);
    await expect(filter).toBeHidden();
    // The how-to steps say nothing of a filter there is not.
    const howTo = page.getByRole('region', { name: t('counsellors.howTo') });
    await expect(howTo.getByRole('link', { name: t('counsellors.howTo.filter') })).toHaveCount(0);
    await expect(howTo.getByRole('link', { name: t('counsellors.howTo.guide'), exact: true })).toHaveCount(1);
  });
});

test.describe('the whole guide on one page', () => {
  test('has every question once, every answer with where the machine sends it, and every outcome', async ({ page }) => {
    await page.goto('/counselors/');
    await page.locator(`a[href="${OVERVIEW_URL}"]`).click();
    await expect(page).toHaveURL(OVERVIEW_URL);
    const questions = await page.locator('[data-overview-question]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.overviewQuestion!));
    expect([...questions].sort()).toEqual([...QUESTION_IDS].sort());
    const answers = await page.locator('[data-overview-answer]').evaluateAll((items) =>
      items.map((item) => ({
        answer: (item as HTMLElement).dataset.overviewAnswer!,
        to: (item as HTMLElement).dataset.leadsTo!,
        // Where the entry points: a question's number, or an outcome named in place.
        link: item.querySelector('a')?.getAttribute('href') ?? null,
        outcome: item.querySelector<HTMLElement>('[data-overview-outcome]')?.dataset.overviewOutcome ?? null,
      })),
    );
    const expected = QUESTION_IDS.flatMap((id) => answersOf(id).map(({ slug, to }) => ({ answer: `${id}/${slug}`, to })));
    expect(answers.map(({ answer, to }) => ({ answer, to })).sort((a, b) => a.answer.localeCompare(b.answer))).toEqual(
      expected.sort((a, b) => a.answer.localeCompare(b.answer)),
    );
    for (const entry of answers) {
      if (isOutcome(entry.to)) {
        expect(entry.outcome, entry.answer).toBe(entry.to);
      } else {
        // The link goes to that question's entry on the sheet.
        const target = page.locator(`[id="${entry.link!.slice(1)}"]`);
        await expect(target, entry.answer).toHaveAttribute('data-overview-question', entry.to);
      }
    }
    expect(new Set(answers.map((entry) => entry.outcome).filter(Boolean))).toEqual(new Set(OUTCOME_IDS));
  });

  test('links every outcome to its page and its handout, and each link opens', async ({ page, request }) => {
    await page.goto(OVERVIEW_URL);
    for (const id of OUTCOME_IDS) {
      const entry = page.locator(`[data-overview-outcome="${id}"]`).first();
      await expect(entry.locator(`a[href="${outcomeUrl(id)}"]`)).toHaveCount(1);
      await expect(entry.locator('a[data-handout]')).toHaveAttribute('href', handoutUrl(id));
      expect((await request.get(outcomeUrl(id))).status(), id).toBe(200);
      expect((await request.get(handoutUrl(id))).status(), `${id} handout`).toBe(200);
    }
  });

  test('prints on one landscape sheet, A4 or Letter', async ({ page }) => {
    await page.goto(OVERVIEW_URL);
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format, landscape: true });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length, format).toBe(1);
    }
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('[data-print]')).toBeHidden();
  });
});

test('on a wide screen, an entry opened from the index and a copy button reached by Tab are not under the pinned filter', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // Instant jumps (smooth scrolling would be measured half-way).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/counselors/');
  const filter = page.locator('[data-directory-filter]').locator('xpath=ancestor::*[contains(@class, "directory__filter")]');
  const covered = async (target: import('@playwright/test').Locator) => {
    const [box, pinned] = await Promise.all([target.boundingBox(), filter.boundingBox()]);
    return box!.y < pinned!.y + pinned!.height;
  };
  const index = page.locator('nav[aria-labelledby="index"]');
  const entryLink = index.getByRole('link').nth(5);
  const target = (await entryLink.getAttribute('href'))!;
  await entryLink.click();
  const heading = page.locator(target);
  await expect(heading).toBeInViewport();
  expect(await covered(heading), 'the entry heading is below the filter').toBe(false);
  // Keyboard, going back up the list from the end of the page: each step scrolls up to the next.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.locator('[data-directory-path] button').nth(21).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  const button = page.locator('[data-directory-path] button').nth(20);
  await expect(button).toBeFocused();
  expect(await covered(button), 'the focused button is below the filter').toBe(false);
});

/** Clients' own words, and the outcome whose route must stay listed (written by hand). */
const CLIENT_PHRASES: { says: string; outcome: string; route: RegExp }[] = [
  { says: 'feedback on the phone', outcome: 'accept-feedback-offer', route: /feedback-offered$/ },
  { says: 'ghosted after final round', outcome: 'last-check-in', route: /^no-reply\/final-round\// },
  { says: 'offer pulled', outcome: 'offer-withdrawn', route: /^offer-withdrawn$/ },
];

for (const { says, outcome, route } of CLIENT_PHRASES) {
  test(`the filter keeps the route that fits a client’s own words: “${says}”`, async ({ page }) => {
    await page.goto('/counselors/');
    await page.getByRole('searchbox', { name: filterName }).fill(says);
    await expect(page.locator('[data-directory-status]')).not.toHaveText(everything);
    const kept = page.locator(`[data-directory-outcome="${outcome}"] [data-directory-path]:visible`);
    await expect(kept.first()).toBeVisible();
    const routes = await kept.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.directoryPath!));
    expect(routes.some((answers) => route.test(answers)), routes.join(', ')).toBe(true);
    // And it narrows: not every route is kept.
    await expect(page.locator('[data-directory-path]:visible')).not.toHaveCount(outcomePaths.length);
  });
}
