/**
 * Copies text, reporting the result in a status element that screen readers announce. The caller
 * passes the words from the page (data-copied-text, data-failed-text): `failed` is said when the
 * browser refuses.
 */
export async function copyText(text: string, status: HTMLElement, messages: { copied: string; failed: string }): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = messages.copied;
    return true;
  } catch {
    status.textContent = messages.failed;
    return false;
  }
}
