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
 * the reader's first touch if that comes sooner; a click made before then waits for it (see
 * below). When a script fails to load, nothing is left dead: links go as without JavaScript, the
 * island says what failed, and search goes to /search/ with the words typed so far.
 *
 * It runs as a classic inline script: no imports (type-only ones are fine), and every byte counts
 * against the inline-script budget (1.25 KB gzip, tests/support/page-weight.mjs).
 */

type SearchModule = typeof import('../../search/search-entry');

const root = document.documentElement;
const prefersDark = matchMedia('(prefers-color-scheme: dark)');
let searchModule: Promise<SearchModule> | undefined;

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
    () => {
      // Asked for again next time; for now the search page, with what was typed.
      searchModule = undefined;
      const words = dialog?.querySelector<HTMLInputElement>('[data-search-input]')!.value.trim();
      location.href = '/search/' + (words ? '?q=' + encodeURIComponent(words) : '');
    },
  );
}

type Island = HTMLElement & { loading?: Promise<unknown> };

/** Fills the island's note, or empties it; only when that changes, since an alert is read out at every write. */
function say(island: HTMLElement, failed?: unknown): void {
  island.querySelectorAll<HTMLElement>('[data-load-failed]').forEach((note) => {
    const text = failed ? note.dataset.loadFailed! : '';
    if (note.textContent != text) note.textContent = text;
  });
}

/**
 * An island's script. A failed load is forgotten, so the next use asks again (after a redeploy
 * or a lost connection, that can work without a reload), and meanwhile the island's note
 * ([data-load-failed], empty until then) says what doesn't work.
 */
function loadIsland(island: Island): Promise<unknown> {
  return (island.loading ||= import(/* @vite-ignore */ island.dataset.island!)
    .then(
      () => {
        island.dataset.islandReady = '';
        say(island);
      },
      (error) => {
        island.loading = undefined;
        say(island, 1);
        throw error;
      },
    )
    .finally(() => (root.dataset.islands = 'ready')));
}

/** The page's islands: asked for only once the page is parsed (see the end), so none is missed. */
function loadIslands(): void {
  document.querySelectorAll<Island>('[data-island]').forEach((island) => loadIsland(island).catch(() => {}));
}

// A click in an island before its script has run is held, and made once the script is there
// (once: the second click of a double-click is not made again). A link whose script fails, or
// takes over three seconds, goes where it would without JavaScript; a button's click waits up to
// ten, and if the script fails or is still missing, is dropped while the island's note says why.
// The next click asks for the script again.
let held: HTMLElement | undefined;
let passing: EventTarget | undefined;
document.addEventListener(
  'click',
  (event) => {
    // [data-blank]: a template's blank, which the composer turns into the input tapped. Not a
    // popover's button (the QR code's): the browser opens it, with or without the island.
    const target = (event.target as Partial<Element>).closest?.('[data-island] :is(a[href],button:not([popovertarget]),[data-blank])') as HTMLElement | null;
    const island = target?.closest<Island>('[data-island]');
    // A link in a drawing (SVG) has no click() to make again: it goes as it is.
    if (!target?.click || target == passing || island!.dataset.islandReady != null || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (held) return;
    held = target;
    const made = () => {
      held = undefined;
      passing = target;
      target.click();
      passing = undefined;
    };
    const link = target.matches('a');
    Promise.race([loadIsland(island!), new Promise((_, late) => setTimeout(late, link ? 3e3 : 1e4))]).then(made, () => {
      held = undefined;
      link ? made() : say(island!, 1);
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
