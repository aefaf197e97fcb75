/** A template's tool not connected yet: a click on one of its buttons waits for it. */
const UNCONNECTED = '[data-outcome]:has([data-template-tool]:not([data-connected]))';

/**
 * A click on the composer before its script has connected (a tap on a slow phone): made again
 * once it has, on the button, or as focus on the input that replaces a tapped blank; if the
 * script can't load, `failed` is told. Returns whether the click was the composer's to hold.
 */
export function replayOnceConnected(event: MouseEvent, connect: () => Promise<void>, failed: () => void): boolean {
  const target = event.target as Element | null;
  if (!target?.closest(UNCONNECTED)) return false;
  // Only the composer's own buttons wait for it (Print and the like work already).
  const button = target.closest<HTMLButtonElement>('[data-template-tool] button, [data-reminder] button');
  const blank = target.closest<HTMLElement>('[data-blank]');
  if (!button && !blank) return false;
  connect().then(() => {
    if (button) button.click();
    else (blank!.nextElementSibling as HTMLElement | null)?.focus();
  }, failed);
  return true;
}
