/**
 * The only script every page runs, inlined into each page by src/lib/page-script.ts (which
 * minifies it at build time; its hash is allowed by the Content Security Policy). It applies the
 * remembered theme before first paint, runs the theme toggle and every Print button
 * ([data-print]: outcomes, the guide's overview), and opens search (the Search link,
 * "/" or Ctrl/⌘-K): the dialog opens and takes the keyboard at once, so nothing typed is lost,
 * while the search code (whose URL the Search link carries in data-search-src) loads. Without
 * JavaScript the Search link goes to /search/.
 *
 * It also loads the page's island, if it has one (the element with data-island names its built
 * script): once the page has painted, so that no request competes with the first paint, or at
 * the reader's first touch if that comes sooner. A click on a link, button or blank inside the island
 * before its script has run waits for it and is made once it has, once; if the script has not
 * arrived (or failed) within three seconds, the click goes ahead as it would without JavaScript.
 *
 * It runs as a classic inline script: no imports (type-only ones are fine), and every byte counts
 * against the 1 KB (gzip) inline-script budget.
 */

type SearchModule = typeof import('../../search/search-entry');

const root = document.documentElement;
const prefersDark = matchMedia('(prefers-color-scheme: dark)');
let searchModule: Promise<SearchModule> | undefined;
let islandsLoaded: Promise<unknown> | undefined;

root.classList.add('js');
try {
  const saved = localStorage.getItem('theme');
  if (saved == 'light' || saved == 'dark') root.dataset.theme = saved;
} catch {
  // Storage can be blocked; the page then follows the system theme.
}

function isDark(): boolean {
  return root.dataset.theme ? root.dataset.theme == 'dark' : prefersDark.matches;
}

function syncToggles(): void {
  document.querySelectorAll('[data-theme-toggle]').forEach((button) => button.setAttribute('aria-pressed', String(isDark())));
}

function openSearch(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
  // On /search/ itself, search is already on the page.
  if (pageInput) return pageInput.focus();
  if (dialog && !dialog.open) {
    dialog.showModal();
    dialog.querySelector<HTMLInputElement>('[data-search-input]')!.focus();
  }
  const link = document.querySelector<HTMLElement>('[data-search-src]')!;
  // A URL known only at run time: for the browser, not for a bundler.
  searchModule ||= import(/* @vite-ignore */ link.dataset.searchSrc!) as Promise<SearchModule>;
  searchModule.then(
    (search) => search.openSearch(),
    () => (location.href = '/search/'),
  );
}

/** The page's islands: asked for only once the page is parsed (see the end), so none is missed. */
function loadIslands(): Promise<unknown> {
  // allSettled: a missing script leaves its island to work as it does without JavaScript. (Two
  // islands with one script import it once: a module runs once.)
  return (islandsLoaded ||= Promise.allSettled(
    Array.from(document.querySelectorAll<HTMLElement>('[data-island]'), (island) => import(/* @vite-ignore */ island.dataset.island!)),
  ).then(() => {
    root.dataset.islands = 'ready';
  }));
}

// One early click is held (a second, say of a double-click, is not made twice), for three seconds
// at most: after that clicks are no longer held, and do what they do without JavaScript.
let held: HTMLElement | undefined;
document.addEventListener(
  'click',
  (event) => {
    // [data-blank]: a template's blank, which the composer turns into the input tapped.
    const target = (event.target as Partial<Element>).closest?.('[data-island] :is(a[href],button,[data-blank])') as HTMLElement | null;
    // A link in a drawing (SVG) has no click() to make again: it goes as it is.
    if (!target?.click || root.dataset.islands || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (held) return;
    held = target;
    Promise.race([loadIslands(), new Promise((later) => setTimeout(later, 3e3))]).then(() => {
      root.dataset.islands = 'ready';
      target.click();
    });
  },
  true,
);
document.addEventListener('click', (event) => {
  const target = (event.target as Partial<Element>).closest?.('[data-theme-toggle],[data-search-open],[data-print]');
  if (!target || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  if (target.hasAttribute('data-print')) return print();
  if (target.hasAttribute('data-search-open')) {
    event.preventDefault();
    openSearch();
    return;
  }
  root.dataset.theme = isDark() ? 'light' : 'dark';
  try {
    localStorage.setItem('theme', root.dataset.theme);
  } catch {
    // The choice then lasts for this page only.
  }
  syncToggles();
});

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  const slash = event.key == '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() == 'k';
  if (slash || commandK) {
    event.preventDefault();
    openSearch();
  }
});

prefersDark.addEventListener('change', syncToggles);
document.addEventListener('DOMContentLoaded', () => {
  syncToggles();
  // Islands load at the reader's first touch, or once the browser reports the first contentful
  // paint (a browser that can't report it waits for the touch).
  for (const intent of ['pointerdown', 'keydown', 'focusin']) {
    // Capture, so no handler can hide the touch; loadIslands is cheap to call again.
    addEventListener(intent, loadIslands, true);
  }
  new PerformanceObserver((entries, observer) => {
    if (!entries.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    setTimeout(loadIslands);
  }).observe({ type: 'paint', buffered: true });
});

export {};
