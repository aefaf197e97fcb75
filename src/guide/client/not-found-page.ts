import { GUIDE_ROOT } from '../guide-urls';

// The 404 page's island (loaded by the page script once the page has painted). Only addresses
// under /guide/ need the guide's machine; other 404s load nothing more.
// In any case: a guide address typed with capitals ("/Guide/…") is still one.
const path = location.pathname.toLowerCase();
if (path.startsWith(GUIDE_ROOT) || `${path}/` === GUIDE_ROOT) {
  const notice = document.querySelector<HTMLElement>('[data-guide-notice]');
  if (notice) {
    void import('./not-found-guide').then(({ explainGuideLink }) => explainGuideLink(notice));
  }
}
