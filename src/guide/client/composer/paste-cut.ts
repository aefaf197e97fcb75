import { formatText } from '../../../i18n/format';

/**
 * A paste longer than a field takes is cut short by the browser without a word: say so, with how
 * much fits, in the status line nearest the field (its channel's, or the details form's).
 */
export function sayWhenPasteIsCut(tool: HTMLElement): void {
  tool.addEventListener('paste', (event) => {
    const field = event.target;
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) || field.maxLength < 0) return;
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    const replaced = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0);
    if (field.value.length - replaced + pasted.length <= field.maxLength) return;
    const status = field.closest('[data-channel]')?.querySelector('[data-template-status]') ?? tool.querySelector('[data-details-status]');
    if (status) {
      const max = field.maxLength.toLocaleString(document.documentElement.lang);
      status.textContent = formatText(tool.dataset.pasteCutText ?? '', { max });
    }
  });
}
