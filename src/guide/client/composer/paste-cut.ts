import { formatText } from '../../../i18n/format';

/**
 * A paste longer than a field takes is cut short by the browser without a word: say so, with how
 * much fits, right under the field (a status line further down the message is off a phone's screen).
 * The note goes when the reader next types there.
 */
export function sayWhenPasteIsCut(tool: HTMLElement): void {
  tool.addEventListener('paste', (event) => {
    const field = event.target;
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) || field.maxLength < 0) return;
    // As the field will take it: a one-line input drops line breaks; a text area keeps one character for each.
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const pasted = field instanceof HTMLInputElement ? text.replace(/[\r\n]/g, '') : text.replace(/\r\n?/g, '\n');
    const replaced = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0);
    if (field.value.length - replaced + pasted.length <= field.maxLength) return;
    const max = field.maxLength.toLocaleString(document.documentElement.lang);
    noteAfter(field, formatText(tool.dataset.pasteCutText ?? '', { max }));
  });
}

function noteAfter(field: HTMLInputElement | HTMLTextAreaElement, words: string): void {
  let note = field.nextElementSibling instanceof HTMLElement && field.nextElementSibling.matches('[data-paste-cut]') ? field.nextElementSibling : undefined;
  if (!note) {
    note = document.createElement('span');
    note.className = 'paste-cut';
    note.setAttribute('role', 'status');
    note.dataset.pasteCut = '';
    field.after(note);
    const shown = note;
    const remove = (event: Event) => {
      if ((event as InputEvent).inputType === 'insertFromPaste') return;
      shown.remove();
      field.removeEventListener('input', remove);
    };
    field.addEventListener('input', remove);
  }
  note.textContent = words;
  // The field may sit at the bottom of the screen: bring the note in, as little as it takes, once
  // the paste has landed (the browser then scrolls to the caret, which would undo it).
  const shown = note;
  requestAnimationFrame(() => shown.scrollIntoView({ block: 'nearest' }));
}
