let loading: Promise<void> | undefined;

/**
 * The results' stylesheet (styles/search-results.css), fetched before the first results show:
 * results come only from script, so their styles weigh on no page's first render. Results never
 * wait long for it: a stylesheet that fails or lags lets them show plain.
 */
export function resultsStyles(root: HTMLElement): Promise<void> {
  const href = root.dataset.resultsCss;
  if (loading || !href) return loading ?? Promise.resolve();
  return (loading = new Promise<void>((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => {
      // Asked for again with the next results (a lost connection may be back).
      link.remove();
      loading = undefined;
      resolve();
    });
    setTimeout(resolve, 1500);
    document.head.append(link);
  }));
}
