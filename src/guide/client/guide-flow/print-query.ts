/**
 * "Print handout" (the counsellors' page) opens an outcome with ?print (data-print-query, from
 * guide-urls): straight into the print dialog once the page has loaded. The query goes first, on
 * every step, so a reload or a shared link doesn't print.
 */
export function printIfAsked(flow: HTMLElement, view: Element): void {
  if (!new URLSearchParams(location.search).has(flow.dataset.printQuery!)) return;
  // Any other query is not ours (tracking): it goes too.
  history.replaceState(history.state, '', location.pathname + location.hash);
  // A handout is a piece of advice: a question step asked to print (a link edited by hand) just opens.
  if (!view.querySelector('[data-outcome]')) return;
  // Print once everything is in (this may run before or after the page's load event).
  if (document.readyState === 'complete') setTimeout(print);
  else addEventListener('load', print);
}
