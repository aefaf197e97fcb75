import { connectSearchPanel } from './search-panel';
import { MAX_QUERY_LENGTH } from '../words/reader-words';

// The search page's island (loaded by the page script once the page has painted). The page keeps
// its query in the address bar, so a search can be shared or reloaded; words typed before this
// ran are the reader's and win over the address.
const root = document.querySelector<HTMLElement>('[data-search-page] [data-search-panel]')!;
const params = new URLSearchParams(location.search);
const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
input.value ||= (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
const type = params.get('type');
const radio = [...root.querySelectorAll<HTMLInputElement>('input[name="type"]')].find((r) => r.value === type);
if (radio) radio.checked = true;
const panel = connectSearchPanel(root, { syncUrl: true });
// Focus goes to the query box unless the reader has already put it somewhere.
if (!document.activeElement || document.activeElement === document.body) panel.focus();
