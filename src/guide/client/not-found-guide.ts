import { replayPageUrl, replayUrl } from '../guide-replay';
import { showBrokenLinkNotice } from './broken-link-notice';

/**
 * On the 404 page, a /guide/… address is replayed on the machine, so the reader learns what was
 * wrong with the link (a guide link or a map link) and can carry on from the furthest step that made sense.
 */
export function explainGuideLink(notice: HTMLElement): void {
  const replay = replayUrl(location.pathname);
  if (!replay.problem) {
    // A valid address only spelt differently (capitals, a doubled or missing slash): go to the
    // real page, with what the link carried after the path (a handout's ?print, a #section).
    location.replace(replayPageUrl(replay) + location.search + location.hash);
    return;
  }
  void showBrokenLinkNotice(notice, replay).then(() => {
    const guess = document.querySelector<HTMLElement>('[data-not-found-lede]');
    if (guess) guess.hidden = true;
    notice.querySelector<HTMLElement>('[data-guide-notice-title]')?.focus();
  });
}
