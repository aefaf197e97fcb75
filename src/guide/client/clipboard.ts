/**
 * Copies text, reporting the result in a status element that screen readers announce. The caller
 * passes the words from the page (data-copied-text, data-failed-text): `failed` is said when the
 * browser refuses.
 */
export async function copyText(text: string, status: HTMLElement, messages: { copied: string; failed: string }): Promise<boolean> {
  // Emptied first, and filled a moment later: the same words again (a second copy) are then a
  // change that screen readers announce, not an unchanged status they keep quiet about.
  status.textContent = '';
  let copied = true;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Refused, or no clipboard at all (navigator.clipboard is missing outside secure pages).
    copied = false;
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  status.textContent = copied ? messages.copied : messages.failed;
  return copied;
}
