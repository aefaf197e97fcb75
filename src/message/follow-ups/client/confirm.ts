/**
 * Asks before something that can't be undone, in the page's <dialog>: its question and its
 * "yes" are the caller's; "Keep it", Escape or closing it answer no. Focus starts on "Keep it",
 * so a stray Enter keeps what the reader has.
 */
export function confirmFirst(dialog: HTMLDialogElement, question: string, yes: string): Promise<boolean> {
  dialog.querySelector('[data-followups-confirm-text]')!.textContent = question;
  dialog.querySelector('[data-followups-confirm-yes]')!.textContent = yes;
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'yes'), { once: true }));
}
