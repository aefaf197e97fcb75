import { openSearchDialog } from './search-dialog';

/**
 * Loaded by the page's inline trigger the first time the reader opens search. On the search page,
 * which has its own panel, it only puts the cursor in the box.
 */
export function openSearch(): void {
  const pagePanelInput = document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
  if (pagePanelInput) pagePanelInput.focus();
  else openSearchDialog();
}
