import { copyText } from './clipboard';
import { DETAILS_KEY, EDITS_KEY } from './storage-keys';
import { importWithImports } from './import-with-imports';

/**
 * <guide-flow>: the guide's island. Without JavaScript every answer is a link to the next static
 * page. With it, each answer is replayed on the XState machine (guide-replay) and the next step's
 * page replaces the current step in place: history entries per answer, back/forward, focus moved
 * to the new heading, the change announced.
 *
 * The machine (XState and all) and a template's composer are loaded on the reader's first sign
 * of intent (a pointer over or down on the step, focus, a key), not with the page: a click made
 * while they load waits for them. A reader with saved details gets the composer when the browser
 * is idle, so their message shows filled in without a touch.
 */

type ReplayModule = typeof import('../guide-replay');
let replayModule: Promise<ReplayModule> | undefined;
/** The machine, from the URL the page gives (src/lib/lazy-scripts.ts). */
const loadReplay = (flow: HTMLElement) => (replayModule ??= forgetIfFailed(importWithImports<ReplayModule>(flow.dataset.replaySrc!), () => (replayModule = undefined)));

/**
 * A script that failed to load is asked for again next time (a lost connection may be back; a
 * redeploy may have replaced it), rather than kept as a failure until the page is reloaded.
 */
function forgetIfFailed<T>(loading: Promise<T>, forget: () => void): Promise<T> {
  loading.catch(forget);
  return loading;
}

/** Says in the guide's note (LoadFailedNote) that its tools could not load, or no longer says it. */
function sayLoadFailed(flow: HTMLElement, failed: boolean): void {
  const note = flow.querySelector<HTMLElement>('[data-load-failed]');
  if (note) note.textContent = failed ? note.dataset.loadFailed! : '';
}

/** The path as the reader's address bar has it, decoded (a tampered one may not decode). */
function decodedPath(): string {
  try {
    return decodeURIComponent(location.pathname);
  } catch {
    return location.pathname;
  }
}

const pageCache = new Map<string, Promise<Document | null>>();

/** A step's page, fetched once; a failed fetch is forgotten so the next attempt tries again. */
function fetchStep(pathname: string): Promise<Document | null> {
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
function prefetchAnswers(view: Element): void {
  if ((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData) return;
  for (const link of view.querySelectorAll<HTMLAnchorElement>('a[data-answer]')) {
    (window.requestIdleCallback ?? setTimeout)(() => link.origin === location.origin && void fetchStep(link.pathname));
  }
}

/**
 * The step the reader came from: recorded with each step shown in place, else the referring page,
 * if there is a history entry to go back to (a step opened in a new tab has none).
 */
function previousPath(): string | undefined {
  const from = (history.state as { from?: unknown } | null)?.from;
  if (typeof from === 'string') return from;
  const referrer = document.referrer && history.length > 1 ? new URL(document.referrer) : undefined;
  return referrer?.origin === location.origin ? referrer.pathname : undefined;
}

type TemplateToolModule = typeof import('./template-tool');
let templateTool: Promise<TemplateToolModule> | undefined;

/** Template outcomes get their fill-in tools, loaded the first time one is wanted. */
async function connectTools(flow: HTMLElement, view: Element): Promise<void> {
  const tools = view.querySelectorAll<HTMLElement>('[data-template-tool]');
  if (!tools.length) return;
  templateTool ??= forgetIfFailed(importWithImports<TemplateToolModule>(flow.dataset.templateToolSrc!), () => (templateTool = undefined));
  const { connectTemplateTool } = await templateTool;
  tools.forEach(connectTemplateTool);
  sayLoadFailed(flow, false);
}

/** Whether this browser holds the reader's details or edits (storage may throw: then it doesn't). */
function hasSavedWork(): boolean {
  try {
    return Boolean(localStorage.getItem(DETAILS_KEY) || localStorage.getItem(EDITS_KEY));
  } catch {
    return false;
  }
}

/** A template's tool not connected yet: a click on one of its buttons waits for it. */
const UNCONNECTED = '[data-outcome]:has([data-template-tool]:not([data-connected]))';

class GuideFlow extends HTMLElement {
  private navigation = 0;

  connectedCallback(): void {
    // A page served at an address other than its own (a host that ignores case or extra
    // segments): the machine says what was wrong with the link.
    if (decodedPath() !== this.dataset.path) void this.explainAddress();

    this.addEventListener('click', (event) => this.onClick(event));
    for (const intent of ['pointerover', 'focusin'] as const) this.addEventListener(intent, (event) => this.prefetch(event));
    // Focus and input count too: a field filled by autofill or a paste gets no key press.
    for (const intent of ['pointerdown', 'keydown', 'touchstart', 'focusin', 'input'] as const) {
      this.addEventListener(intent, () => this.loadAll(), { once: true, passive: true });
    }
    window.addEventListener('popstate', () => void this.show(location.pathname, false, location.hash));
    // The page script loads this once the page has painted: a reader may already be pointing at
    // the page or have typed details in it (focus may have moved on since): intent too. (A key
    // or a touch from now on is caught below.)
    const typed = [...this.querySelectorAll<HTMLInputElement>('[data-template-field]')].some((field) => field.value);
    if (typed || this.matches(':hover')) void this.loadAll();
    else if (hasSavedWork()) (window.requestIdleCallback ?? setTimeout)(() => connectTools(this, this.view).catch(() => {}));
    prefetchAnswers(this.view);
    this.printIfAsked();
  }

  /**
   * "Print handout" (the counsellors' page) opens an outcome with ?print (data-print-query, from
   * guide-urls): straight into the print dialog once the page has loaded. The query goes first, on
   * every step, so a reload or a shared link doesn't print.
   */
  private printIfAsked(): void {
    if (!new URLSearchParams(location.search).has(this.dataset.printQuery!)) return;
    // Any other query is not ours (tracking): it goes too.
    history.replaceState(history.state, '', location.pathname + location.hash);
    // A handout is a piece of advice: a question step asked to print (a link edited by hand) just opens.
    if (!this.view.querySelector('[data-outcome]')) return;
    // Print once everything is in (this may run before or after the page's load event).
    if (document.readyState === 'complete') setTimeout(print);
    else addEventListener('load', print);
  }

  /** The reader reaches for the page: the machine, and the composer where there is one. */
  private loadAll(): Promise<void> {
    // Failures are handled where the script is needed (show, a held click); here they are only tried.
    loadReplay(this).catch(() => {});
    const tools = connectTools(this, this.view);
    tools.catch(() => {});
    return tools;
  }

  private get view(): Element {
    return this.querySelector('[data-guide-view]')!;
  }

  private stepLink(event: Event): HTMLAnchorElement | null {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-answer], a[data-guide-nav]');
    return link && link.origin === location.origin ? link : null;
  }

  /**
   * A click on the composer before its script has connected (a tap on a slow phone): done again
   * once it has, on the button, or as focus on the input that replaces a tapped blank.
   */
  private replayOnceConnected(event: MouseEvent): boolean {
    const target = event.target as Element | null;
    if (!target?.closest(UNCONNECTED)) return false;
    // Only the composer's own buttons wait for it (Print and the like work already).
    const button = target.closest<HTMLButtonElement>('[data-template-tool] button, [data-reminder] button');
    const blank = target.closest<HTMLElement>('[data-blank]');
    if (!button && !blank) return false;
    this.loadAll().then(
      () => {
        if (button) button.click();
        else (blank!.nextElementSibling as HTMLElement | null)?.focus();
      },
      // The click can't be made: the note says so (and the message can still be copied by hand).
      () => sayLoadFailed(this, true),
    );
    return true;
  }

  private async explainAddress(): Promise<void> {
    // Without its scripts the page still shows the step the host served; only the explanation is missing.
    const loaded = await Promise.all([loadReplay(this), importWithImports<typeof import('./broken-link-notice')>(this.dataset.noticeSrc!)]).catch(() => undefined);
    if (!loaded) return;
    const [{ replayUrl }, { showBrokenLinkNotice }] = loaded;
    const replay = replayUrl(location.pathname);
    if (replay.problem) await showBrokenLinkNotice(this.querySelector('[data-guide-notice]')!, replay);
  }

  /** Pointer or focus on the step: load the machine, and fetch the step an answer leads to. */
  private prefetch(event: Event): void {
    void this.loadAll();
    const link = this.stepLink(event);
    if (link) void fetchStep(link.pathname);
  }

  private onClick(event: MouseEvent): void {
    const copyButton = (event.target as Element | null)?.closest<HTMLElement>('[data-copy-link]');
    if (copyButton) {
      const status = this.querySelector<HTMLElement>('[data-copy-status]')!;
      void copyText(`${location.origin}${location.pathname}`, status, {
        copied: copyButton.dataset.copiedText ?? '',
        failed: copyButton.dataset.failedText ?? '',
      });
      return;
    }
    if (this.replayOnceConnected(event)) return;
    // Let the browser handle new-tab and other modified clicks.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = this.stepLink(event);
    if (!link) return;
    event.preventDefault();
    // A double-click's second click: the first has answered, and a step shown since may have put
    // another answer under the pointer. (A click held while the island loaded comes back with detail 0.)
    if (event.detail > 1) return;
    // "Back" is the browser's Back when the previous entry is that step, so Back never loops.
    if (link.hasAttribute('data-back') && previousPath() === link.pathname) {
      history.back();
      return;
    }
    void this.show(link.pathname, true, link.hash);
  }

  /**
   * Shows the step at `pathname` in place; falls back to a normal page load if anything fails.
   * A hash (#answer-…, from "Change") marks the reader's earlier answer.
   */
  private async show(pathname: string, push: boolean, hash = ''): Promise<void> {
    const ticket = ++this.navigation;
    // The machine and the page together: usually both are here already (intent, prefetch). If the
    // machine can't load, the step loads as a page, as without JavaScript.
    const [replay, fetched] = await Promise.all([loadReplay(this).catch(() => undefined), fetchStep(pathname)]);
    const page = !replay || replay.replayUrl(pathname).problem ? null : fetched;
    if (ticket !== this.navigation) return; // the reader has already moved on
    const nextView = page?.querySelector('guide-flow [data-guide-view]');
    if (!page || !nextView) {
      location.assign(pathname + hash);
      return;
    }
    // To the top before the swap, while the layout is clean (after it, scrolling would lay the
    // new step out once more); focus below still brings the heading into view if it is lower.
    window.scrollTo({ top: 0, behavior: 'instant' });
    // A copy, so the cached page can serve again on back and forward.
    this.view.replaceWith(document.importNode(nextView, true));
    this.querySelector<HTMLElement>('[data-guide-notice]')!.hidden = true;
    document.title = page.title;
    const canonical = page.querySelector<HTMLLinkElement>('link[rel="canonical"]');
    document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.setAttribute('href', canonical?.href ?? '');
    if (push) history.pushState({ from: location.pathname }, '', pathname + hash);
    if (hash) this.view.querySelector(`[id="${CSS.escape(hash.slice(1))}"]`)?.setAttribute('data-earlier', '');

    const heading = this.querySelector<HTMLElement>('[data-guide-heading]');
    heading?.focus();
    this.querySelector('[data-guide-announcer]')!.textContent = heading?.textContent ?? '';
    connectTools(this, this.view).catch(() => {});
    prefetchAnswers(this.view);
  }
}

customElements.define('guide-flow', GuideFlow);
