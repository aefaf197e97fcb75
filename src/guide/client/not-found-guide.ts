import { replayPageUrl, replayUrl } from '../guide-replay';
import { showBrokenLinkNotice } from './broken-link-notice';

/**
 * On the 404 page, a /guide/… address is replayed on the machine, so the reader learns what was
 * wrong with the link (a guide link or a map link) and can carry on from the furthest step that made sense.
 */
export function explainGuideLink(notice: HTMLElement): void {
  const replay = replayUrl(location.pathname);
  if (!replay.problem) {
    // A valid address that was only missing its trailing slash: go to the real page.
    location.replace(replayPageUrl(replay));
    return;
  }
  void showBrokenLinkNotice(notice, replay).then(() => {
    const guess = document.querySelector<HTMLElement>('[data-not-found-lede]');
    if (guess) guess.hidden = true;
    notice.querySelector<HTMLElement>('[data-guide-notice-title]')?.focus();
  });
}
