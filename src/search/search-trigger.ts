/**
 * The only search code every page loads: it waits for the reader to open search (the header
 * link, "/" or Ctrl/⌘-K) and only then fetches the search panel and Pagefind.
 */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

async function openSearch(): Promise<void> {
  // The search page has its own panel: just put the cursor in it.
  const pagePanelInput = document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
  if (pagePanelInput) {
    pagePanelInput.focus();
    return;
  }
  const { openSearchDialog } = await import('./search-dialog');
  openSearchDialog();
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest('[data-search-open]');
  if (!link || (event as MouseEvent).ctrlKey || (event as MouseEvent).metaKey || (event as MouseEvent).shiftKey) return;
  event.preventDefault();
  void openSearch();
});

document.addEventListener('keydown', (event) => {
  const shortcut =
    (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) ||
    (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey);
  if (!shortcut) return;
  event.preventDefault();
  void openSearch();
});
