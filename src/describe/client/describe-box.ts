import { formatText, pluralForm } from '../../i18n/format';
import { pathUrl } from '../../guide/guide-urls';
import type { Suggestion } from '../suggest';
import { loadDescriber, suggestionWords, type Describer } from '../describe-client';

/** The status line waits for a pause in typing, so that a screen reader is not read every keystroke. */
const STATUS_PAUSE_MS = 500;

function suggestionLink(describer: Describer, suggestion: Suggestion): HTMLLIElement {
  const { answers, next } = suggestionWords(describer.data, suggestion);
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = pathUrl(suggestion.answers);
  link.dataset.describeSuggestion = '';
  // Inside the guide's island, the step opens in place like any answer.
  link.dataset.guideNav = '';
  const filled = document.createElement('span');
  filled.textContent = answers;
  const then = document.createElement('span');
  then.textContent = next;
  link.append(filled, then);
  item.append(link);
  return item;
}

/**
 * Connects one box: as the reader types, up to three starting points in the guide, each shown as
 * the answers it fills in and what comes next. Enter or ↓ moves to the first; ↑ and ↓ move
 * between them and back to the box. Rejects if the guide's words can't be fetched.
 */
export async function connectDescribeBox(form: HTMLFormElement): Promise<void> {
  if (form.dataset.connected) return;
  const describer = await loadDescriber();
  if (form.dataset.connected) return;
  form.dataset.connected = '';
  const input = form.querySelector<HTMLInputElement>('[data-describe-input]')!;
  const status = form.querySelector<HTMLElement>('[data-describe-status]')!;
  const list = form.querySelector<HTMLElement>('[data-describe-suggestions]')!;
  const texts = describer.data.texts;
  let pause: ReturnType<typeof setTimeout> | undefined;

  const update = () => {
    const found = input.value.trim() ? describer.suggest(input.value) : [];
    list.replaceChildren(...found.map((suggestion) => suggestionLink(describer, suggestion)));
    const said = !input.value.trim()
      ? ''
      : found.length
        ? formatText(pluralForm(document.documentElement.lang, found.length, texts.count), { count: found.length })
        : texts.none;
    clearTimeout(pause);
    pause = setTimeout(() => (status.textContent = said), said ? STATUS_PAUSE_MS : 0);
  };

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  form.addEventListener('submit', (event) => {
    const first = links()[0];
    if (!first) return; // no suggestion: search the site for the words
    event.preventDefault();
    first.focus();
  });
  form.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [input, ...links()];
    const at = stops.indexOf(document.activeElement as HTMLInputElement);
    if (at === -1 || stops.length === 1) return;
    event.preventDefault();
    stops[event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0)]!.focus();
  });
  input.addEventListener('input', update);
  update();
}
