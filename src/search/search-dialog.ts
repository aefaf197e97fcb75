import { connectSearchPanel, type SearchPanel } from './search-panel';

let panel: SearchPanel | undefined;

/** Opens the site-wide search dialog (markup from SearchDialog.astro), connecting it on first use. */
export function openSearchDialog(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (!dialog) return;
  if (!panel) {
    panel = connectSearchPanel(dialog.querySelector<HTMLElement>('[data-search-panel]')!);
    dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    // Escape closes from anywhere, even from a search box (where it would only clear the text).
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        dialog.close();
      }
    });
    // A click on the backdrop (the dialog element itself, outside its content) closes it.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
  }
  if (!dialog.open) dialog.showModal();
  panel.focus();
}
