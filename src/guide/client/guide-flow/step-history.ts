/** Where the reader is and came from, as the browser's address bar and history have it. */

/** The path as the reader's address bar has it, decoded (a tampered one may not decode). */
export function decodedPath(): string {
  try {
    return decodeURIComponent(location.pathname);
  } catch {
    return location.pathname;
  }
}

/**
 * The step the reader came from: recorded with each step shown in place, else the referring page,
 * if there is a history entry to go back to (a step opened in a new tab has none).
 */
export function previousPath(): string | undefined {
  const from = (history.state as { from?: unknown } | null)?.from;
  if (typeof from === 'string') return from;
  const referrer = document.referrer && history.length > 1 ? new URL(document.referrer) : undefined;
  return referrer?.origin === location.origin ? referrer.pathname : undefined;
}
