/** Copies text, reporting the result in a status element that screen readers announce. */
export async function copyText(text: string, status: HTMLElement, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = done;
  } catch {
    status.textContent = 'Your browser did not allow copying. Select the text and copy it yourself.';
  }
}
