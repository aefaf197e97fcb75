import { isGuidePath } from '../guide-urls';

// The 404 page's island (loaded by the page script once the page has painted). Only addresses
// under /guide/ need the guide's machine; other 404s load nothing more.
if (isGuidePath(location.pathname)) {
  const notice = document.querySelector<HTMLElement>('[data-guide-notice]');
  if (notice) {
    // If it can't load, the page keeps its general guess at what went wrong, and its links.
    import('./not-found-guide').then(
      ({ explainGuideLink }) => explainGuideLink(notice),
      () => {},
    );
  }
}
