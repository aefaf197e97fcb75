import { copyText } from './clipboard';
import { whenDescribeUsed } from '../../describe/client/describe-trigger';
import { replayOnceConnected } from './guide-flow/early-clicks';
import { connectTools, hasSavedWork, loadNotice, loadReplay, sayLoadFailed } from './guide-flow/later-scripts';
import { printIfAsked } from './guide-flow/print-query';
import { decodedPath, previousPath } from './guide-flow/step-history';
import { fetchStep, prefetchAnswers } from './guide-flow/step-pages';

/**
 * <guide-flow>: the guide's island. Without JavaScript every answer is a link to the next static
 * page. With it, each answer is replayed on the XState machine (guide-replay) and the next step's
 * page replaces the current step in place: history entries per answer, back/forward, focus moved
 * to the new heading, the change announced. Its parts, each with one job, are in guide-flow/.
 *
 * The machine (XState and all) and a template's composer are loaded on the reader's first sign
 * of intent (a pointer over or down on the step, focus, a key), not with the page: a click made
 * while they load waits for them. A reader with saved details gets the composer when the browser
 * is idle, so their message shows filled in without a touch.
 */
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
    // Any field counts, not only the details: a waiting reader may have typed their date already.
    const typed = [...this.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].some(
      (field) => field.value !== field.defaultValue,
    );
    if (typed || this.matches(':hover, :focus-within')) void this.loadAll();
    else if (hasSavedWork()) (window.requestIdleCallback ?? setTimeout)(() => connectTools(this, this.view).catch(() => {}));
    prefetchAnswers(this.view);
    printIfAsked(this, this.view);
    whenDescribeUsed(this.view);
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

  private async explainAddress(): Promise<void> {
    const ticket = this.navigation;
    // Without its scripts the page still shows the step the host served; only the explanation is missing.
    const loaded = await Promise.all([loadReplay(this), loadNotice(this)]).catch(() => undefined);
    // The reader has moved on to another step meanwhile: the notice was about the address they left.
    if (!loaded || ticket !== this.navigation) return;
    const [{ replayUrl }, { showBrokenLinkNotice }] = loaded;
    const replay = replayUrl(location.pathname);
    if (replay.problem) await showBrokenLinkNotice(this.querySelector('[data-guide-notice]')!, replay, () => ticket === this.navigation);
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
    // The click can't be made if the composer can't load: the note says so (and the message can still be copied by hand).
    if (replayOnceConnected(event, () => this.loadAll(), () => sayLoadFailed(this, true))) return;
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
    // A note about the last step's composer is not about this one.
    sayLoadFailed(this, false);
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
    whenDescribeUsed(this.view);
  }
}

customElements.define('guide-flow', GuideFlow);
