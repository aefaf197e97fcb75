/**
 * The pages of the steps a reader may go to next, fetched while they read, so that an answer
 * shows its step at once.
 */

const pageCache = new Map<string, Promise<Document | null>>();

/** A step's page, fetched once; a failed fetch is forgotten so the next attempt tries again. */
export function fetchStep(pathname: string): Promise<Document | null> {
  let page = pageCache.get(pathname);
  if (!page) {
    // Without its stylesheet: only the step's markup is used, and parsing the CSS took half the time.
    page = fetch(pathname)
      .then(async (response) => (response.ok ? new DOMParser().parseFromString((await response.text()).replace(/<style[^]*?<\/style>/g, ''), 'text/html') : null))
      .catch(() => null);
    pageCache.set(pathname, page);
    void page.then((doc) => {
      if (!doc && pageCache.get(pathname) === page) pageCache.delete(pathname);
    });
  }
  return page;
}

/**
 * While the reader reads: the steps this one's answers lead to, fetched when the browser is idle
 * (not on a data saver), one per idle moment so that none holds up a tap.
 */
export function prefetchAnswers(view: Element): void {
  if ((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData) return;
  for (const link of view.querySelectorAll<HTMLAnchorElement>('a[data-answer]')) {
    (window.requestIdleCallback ?? setTimeout)(() => link.origin === location.origin && void fetchStep(link.pathname));
  }
}
