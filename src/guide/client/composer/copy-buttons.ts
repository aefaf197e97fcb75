import { MESSAGE_SENT } from '../../../message/client/message-sent';
import { copyText } from '../clipboard';

export type CopyWhat = 'subject' | 'body' | 'all';

/**
 * A channel's copies: the words go to the clipboard, the status line says so, and the button
 * says "Copied ✓" for a moment from its own latest copy. Both are true only until the message
 * changes: then they would tell the reader the clipboard holds what they now see, so they go
 * (`forgetIfStale`, called on every change).
 */
export function copier(status: HTMLElement, wordsFor: (what: CopyWhat) => string) {
  /** The last copy made, while the status line and its button still say so. */
  let last: { what: CopyWhat; words: string; note: string; button: HTMLElement } | undefined;
  const labelTimers = new Map<HTMLElement, ReturnType<typeof setTimeout>>();
  const showOwnLabel = (button: HTMLElement) => {
    clearTimeout(labelTimers.get(button));
    if (button.dataset.label !== undefined) button.textContent = button.dataset.label;
  };

  const forgetIfStale = () => {
    if (!last || wordsFor(last.what) === last.words) return;
    if (status.textContent === last.note) status.textContent = '';
    showOwnLabel(last.button);
    last = undefined;
  };

  const copy = async (what: CopyWhat, button: HTMLElement) => {
    // A newer copy: the button of the last one no longer says what the clipboard holds.
    if (last) showOwnLabel(last.button);
    last = undefined;
    const words = wordsFor(what);
    const note = button.dataset.statusText ?? '';
    // The words every copy button shares are said once, on the composer (Composer.astro).
    const shared: DOMStringMap = button.closest<HTMLElement>('[data-template-tool]')?.dataset ?? {};
    const copied = await copyText(words, status, { copied: note, failed: shared.failedText ?? '' });
    if (!copied) return;
    // Confirmed on the button itself for a moment (and announced through the status line).
    button.dataset.label ??= button.textContent ?? '';
    button.textContent = shared.copiedText ?? button.dataset.label;
    clearTimeout(labelTimers.get(button));
    labelTimers.set(button, setTimeout(() => showOwnLabel(button), 2000));
    last = { what, words, note, button };
    // Copied: it is on its way (src/message/client/follow-up-recorder.ts notes it in the follow-ups).
    button.dispatchEvent(new Event(MESSAGE_SENT, { bubbles: true }));
    // Typed while the copy was being made: the words copied are already not the message.
    forgetIfStale();
  };

  return { copy, forgetIfStale };
}
