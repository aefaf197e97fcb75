import { formatText, pluralForm } from '../i18n/format';
import { parseExcerpt, type ExcerptPart } from './excerpt';
import { EXCERPT_WORDS, forgetPagefind, indexFailedSince, loadPagefind, SearchUnavailableError, withinTime, type PagefindApi, type PagefindResultData } from './pagefind-client';
import { loadSearchTexts, type SearchTexts } from './search-texts';
import { readerWordsFirst } from './search-keywords';
import { closestMatches } from './closest-matches';
import { makeReader, MAX_QUERY_LENGTH } from '../words/reader-words';
import { loadDescriber, suggestionWords, type Describer } from '../describe/describe-client';
import { outcomeUrl, pathUrl } from '../guide/guide-urls';
import { shortQuote } from '../lib/short-quote';
import { resultsStyles } from './results-styles';
import { hasUnshownWords, pageExcerpt, sectionExcerpt } from './visible-excerpt';

/** Results shown at once; the status line says so when there are more. */
export const MAX_RESULTS = 10;
/** A pause in typing this long starts a search (each keystroke would otherwise start one). */
const TYPING_PAUSE_MS = 40;
const MAX_SUB_RESULTS = 3;
/** How long a first search waits for the guide's words (synonyms) that load beside Pagefind. */
const WORDS_WAIT_MS = 2_000;

export interface SearchPanelOptions {
  /** Keep the query and filter in the address bar (the search page does; the dialog doesn't). */
  syncUrl?: boolean;
}

export interface SearchPanel {
  focus(): void;
}

/**
 * What the status line is saying, as data-search-state, with the number of results in
 * data-search-count: tests read these rather than the words.
 */
type SearchState = 'loading' | 'unavailable' | 'failed' | 'empty' | 'no-results' | 'results' | 'closest';

function excerptElement(parts: ExcerptPart[]): HTMLElement {
  const paragraph = document.createElement('span');
  paragraph.className = 'search-result__excerpt';
  for (const part of parts) {
    if (part.highlighted) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      paragraph.append(mark);
    } else {
      paragraph.append(part.text);
    }
  }
  return paragraph;
}

function resultElement(data: PagefindResultData, kinds: Partial<SearchTexts['types']>): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const link = document.createElement('a');
  link.className = 'search-result__link';
  link.href = data.url;
  const pageTitle = data.meta.title || data.url;
  const title = document.createElement('span');
  title.className = 'search-result__title';
  title.textContent = pageTitle;
  link.append(title);
  const type = data.filters.type?.[0];
  if (type) {
    link.dataset.type = type;
    const kind = document.createElement('span');
    kind.className = 'search-result__type';
    kind.textContent = kinds[type as keyof SearchTexts['types']] ?? type;
    link.append(kind);
  }
  // A page with unshown words (the readers' phrases given to search) gets excerpts of what it
  // shows; the rest keep Pagefind's.
  const ownExcerpts = hasUnshownWords(data);
  link.append(excerptElement(ownExcerpts ? pageExcerpt(data, EXCERPT_WORDS) : parseExcerpt(data.excerpt)));
  item.append(link);

  // Sections of long pages (the article) get their own links under the page, where the section
  // itself holds the reader's words.
  const sections = data.sub_results
    .filter((sub) => sub.url !== data.url && sub.title !== pageTitle)
    .map((sub) => ({
      ...sub,
      parts: ownExcerpts ? sub.anchor && sectionExcerpt(data, sub.anchor.id, EXCERPT_WORDS) : parseExcerpt(sub.excerpt),
    }))
    .filter((sub): sub is typeof sub & { parts: ExcerptPart[] } => sub.parts !== undefined)
    .slice(0, MAX_SUB_RESULTS);
  if (sections.length) {
    const list = document.createElement('ul');
    list.className = 'search-result__sections';
    for (const sub of sections) {
      const subItem = document.createElement('li');
      const subLink = document.createElement('a');
      subLink.className = 'search-result__link search-result__link--section';
      subLink.href = sub.url;
      const subTitle = document.createElement('span');
      subTitle.className = 'search-result__title';
      subTitle.textContent = sub.title;
      subLink.append(subTitle, excerptElement(sub.parts));
      subItem.append(subLink);
      list.append(subItem);
    }
    item.append(list);
  }
  return item;
}

/**
 * The guide's starting point for a query that names a situation ("agency said no"): the answers
 * it fills in, as the "what happened?" box shows them (src/describe/).
 */
function guideSuggestionElement(describer: Describer, answers: string[], stateId: string, kind: string): HTMLLIElement {
  const words = suggestionWords(describer.data, { answers, stateId });
  const item = document.createElement('li');
  item.className = 'search-result';
  const link = document.createElement('a');
  link.className = 'search-result__link';
  link.href = pathUrl(answers);
  link.dataset.searchGuide = '';
  const title = document.createElement('span');
  title.className = 'search-result__title';
  title.textContent = words.answers;
  const type = document.createElement('span');
  type.className = 'search-result__type';
  type.textContent = kind;
  const next = document.createElement('span');
  next.className = 'search-result__excerpt';
  next.textContent = words.next;
  link.append(title, type, next);
  item.append(link);
  return item;
}

/** "Answer a few questions instead": where a search found nothing. */
function tryGuideElement(text: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const link = document.createElement('a');
  link.className = 'search-result__link';
  link.href = pathUrl([]);
  link.dataset.searchGuide = '';
  link.textContent = text;
  item.append(link);
  return item;
}

/** Wires one search panel's markup (SearchPanel.astro) to Pagefind. */
export function connectSearchPanel(root: HTMLElement, options: SearchPanelOptions = {}): SearchPanel {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const results = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const typeInputs = [...root.querySelectorAll<HTMLInputElement>('input[name="type"]')];
  const selectedType = () => typeInputs.find((radio) => radio.checked)?.value ?? '';
  // The box's maxlength stops a paste, not a value set by a script (the search page's ?q=).
  const query = () => input.value.trim().slice(0, MAX_QUERY_LENGTH);

  let api: PagefindApi | undefined;
  let texts: SearchTexts | undefined;
  // The guide's words (synonyms, and the box's suggestions); until they arrive, words as typed.
  let describer: Describer | undefined;
  let wordsArriving: Promise<unknown> = Promise.resolve();
  const plainReader = makeReader({ ignore: [], synonyms: [] });
  let latest = 0;
  // Whether Pagefind is being loaded now; after a failure, the next keystroke tries again.
  let starting = false;

  const setStatus = (state: SearchState, text = '', count = 0) => {
    status.dataset.searchState = state;
    status.dataset.searchCount = String(count);
    status.textContent = text;
  };

  const syncUrl = () => {
    if (!options.syncUrl) return;
    const url = new URL(location.href);
    url.search = '';
    if (query()) url.searchParams.set('q', query());
    if (selectedType()) url.searchParams.set('type', selectedType());
    history.replaceState(history.state, '', url);
  };

  async function run(): Promise<void> {
    const term = query();
    const run = ++latest;
    syncUrl();
    if (!api) {
      // After a failure, typing tries again (a site without an index never will have one).
      if (!starting && status.dataset.searchState !== 'unavailable') void start();
      return;
    }
    if (!term) {
      results.replaceChildren();
      setStatus('empty', texts?.empty);
      return;
    }
    const type = selectedType();
    const since = performance.now();
    const filters: Record<string, string> = type ? { type } : {};
    let search: Awaited<ReturnType<PagefindApi['debouncedSearch']>>;
    let top: PagefindResultData[];
    let closest = false;
    try {
      search = await withinTime(api.debouncedSearch(term, { filters }, TYPING_PAUSE_MS));
      if (search === null || run !== latest) return; // a newer keystroke superseded this search
      // The guide's words (synonyms, the box's suggestions) load beside Pagefind; a first search
      // waits a moment for them rather than read the query without its synonyms.
      if (!describer) await Promise.race([wordsArriving, new Promise((resolve) => setTimeout(resolve, WORDS_WAIT_MS))]);
      if (run !== latest) return;
      const reader = describer?.reader ?? plainReader;
      if (!search.results.length) {
        // No page holds every word: the pages that hold the most of them, and say so.
        const nearest = await withinTime(closestMatches(api, term, reader, filters));
        if (run !== latest) return;
        closest = nearest.length > 0;
        if (closest) search = { results: nearest };
      }
      top = readerWordsFirst(await withinTime(Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()))), term, reader);
      if (!top.length && (await indexFailedSince(since))) throw new Error('The index did not arrive.');
      if (run !== latest) return;
    } catch {
      // A newer search has taken over; it will say how it went.
      if (run !== latest) return;
      // Part of the index could not be fetched: say so (never "no results"); typing again loads
      // search afresh.
      api = undefined;
      forgetPagefind();
      results.replaceChildren();
      setStatus('failed', texts?.failed);
      return;
    }
    if (run !== latest) return;
    await resultsStyles(root);
    if (run !== latest) return;
    // A query that names a guide situation: its advice first, or where the guide would start.
    const [suggestion] = type ? [] : (describer?.suggest(term, 1) ?? []);
    const adviceAt = suggestion ? top.findIndex((data) => data.url === outcomeUrl(suggestion.stateId)) : -1;
    if (adviceAt > 0) top.unshift(...top.splice(adviceAt, 1));
    const items = top.map((data) => resultElement(data, texts?.types ?? {}));
    if (suggestion && adviceAt === -1 && describer && texts) items.unshift(guideSuggestionElement(describer, suggestion.answers, suggestion.stateId, texts.guide));
    results.replaceChildren(...items);
    const count = search.results.length;
    // The status line names the search; it needn't repeat all of it.
    const quoted = shortQuote(term);
    if (count === 0) {
      setStatus('no-results', texts && formatText(type ? texts.noneOfType : texts.none, { term: quoted }));
      if (texts && !items.length) results.replaceChildren(tryGuideElement(texts.tryGuide));
    } else if (closest) {
      setStatus('closest', texts && formatText(texts.closest, { term: quoted }), count);
    } else {
      const found = count > MAX_RESULTS ? texts?.foundMore : texts && pluralForm(document.documentElement.lang, count, texts.found);
      setStatus('results', found && formatText(found, { count, term: quoted, shown: MAX_RESULTS }), count);
    }
  }

  async function start(): Promise<void> {
    starting = true;
    // Pagefind and the panel's words load together; the words are small and come first.
    setStatus('loading');
    const pagefind = loadPagefind();
    pagefind.catch(() => {}); // handled below, once the words are here to say so
    // The guide's words may come later or never: search works without them.
    wordsArriving = loadDescriber().then(
      (loaded) => (describer = loaded),
      () => {},
    );
    try {
      texts ??= await loadSearchTexts();
    } catch {
      // Without its words the panel still searches; its status line stays empty.
    }
    setStatus('loading', texts?.loading);
    try {
      api = await pagefind;
    } catch (error) {
      if (error instanceof SearchUnavailableError) setStatus('unavailable', texts?.unavailable);
      else setStatus('failed', texts?.failed);
      return;
    } finally {
      starting = false;
    }
    // Offer only the kinds of page the index actually has (all of them, if it can't say).
    try {
      const counts = (await withinTime(api.filters())).type ?? {};
      for (const radio of typeInputs) {
        if (radio.value) radio.closest('label')!.hidden = !counts[radio.value];
      }
    } catch {
      // The kinds stay as the page lists them.
    }
    await run();
  }

  /** Arrow keys move between the query box and every result link. */
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [input, ...results.querySelectorAll<HTMLAnchorElement>('a')];
    const at = stops.indexOf(document.activeElement as HTMLInputElement);
    if (at === -1) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0);
    stops[next]!.focus();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    results.querySelector('a')?.focus();
  });
  input.addEventListener('input', () => void run());
  for (const radio of typeInputs) radio.addEventListener('change', () => void run());

  void start();
  return { focus: () => input.focus() };
}
