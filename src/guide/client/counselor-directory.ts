import { formatText, pluralForm, type PluralForms } from '../../i18n/format';
import { copyText } from './clipboard';
import type { DirectoryWords } from '../../lib/directory-words';
import { holdsEveryWord, phraseInKeywords, wordsOf } from '../../lib/reader-phrase';

/**
 * The counsellors' page: a filter that narrows outcomes and paths as you type (the page is a
 * complete list without it), and copy-link buttons. Its words come from the page: the status
 * line as built (every path), and the root's data- attributes.
 */
export function connectDirectory(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('[data-directory-filter]')!;
  const status = root.querySelector<HTMLElement>('[data-directory-status]')!;
  const empty = root.querySelector<HTMLElement>('[data-directory-empty]')!;
  const outcomes = [...root.querySelectorAll<HTMLElement>('[data-directory-outcome]')];
  const total = root.querySelectorAll('[data-directory-path]').length;
  const everything = status.textContent ?? '';
  const shownForms = JSON.parse(root.dataset.shownTexts ?? '{"other":""}') as PluralForms;
  // The readers' words arrive when the filter is first used; until then (or if they never do)
  // it matches what the page shows.
  let readerWords: DirectoryWords = { outcomes: {}, paths: {} };
  let wordsRequested = false;
  // Says (or stops saying) that the filter is working without the readers' words.
  const wordsNote = root.querySelector<HTMLElement>('[data-directory-words-failed]')!;
  const sayWordsFailed = (failed: boolean) => (wordsNote.textContent = failed ? wordsNote.dataset.directoryWordsFailed! : '');
  const loadWords = () => {
    if (wordsRequested) return;
    wordsRequested = true;
    void fetch(root.dataset.wordsSrc!)
      .then((response) => (response.ok ? (response.json() as Promise<DirectoryWords>) : Promise.reject(new Error(String(response.status)))))
      .then((loaded) => {
        readerWords = loaded;
        sayWordsFailed(false);
        if (input.value) apply();
      })
      .catch(() => {
        // Asked for again at the next keystroke.
        wordsRequested = false;
        sayWordsFailed(true);
      });
  };

  const apply = () => {
    const wanted = wordsOf(input.value);
    // Typing with no letters or digits in it ("(*[", "🙂") matches nothing, rather than everything.
    const typed = input.value.trim() !== '';
    const matches = (text: string) => (wanted.length ? holdsEveryWord(wanted, text) : !typed);
    const matchesKeyword = (keywords: string[] = []) => phraseInKeywords(wanted, keywords);
    let shownPaths = 0;
    let shownOutcomes = 0;
    for (const outcome of outcomes) {
      const heading = outcome.querySelector('h3')?.textContent ?? '';
      const who = outcome.querySelector('.directory__who')?.textContent ?? '';
      const outcomeMatches = matches(`${heading} ${who}`) || matchesKeyword(readerWords.outcomes[outcome.dataset.directoryOutcome!]);
      let visible = 0;
      for (const path of outcome.querySelectorAll<HTMLElement>('[data-directory-path]')) {
        path.hidden = !(outcomeMatches || matches(path.textContent ?? '') || matchesKeyword(readerWords.paths[path.dataset.directoryPath!]));
        if (!path.hidden) visible++;
      }
      outcome.hidden = visible === 0;
      if (visible) shownOutcomes++;
      shownPaths += visible;
    }
    for (const group of root.querySelectorAll<HTMLElement>('[data-directory-group]')) {
      group.hidden = !group.querySelector('[data-directory-outcome]:not([hidden])');
    }
    empty.hidden = shownPaths > 0;
    status.textContent = typed
      ? formatText(pluralForm(document.documentElement.lang, shownOutcomes, shownForms), { paths: shownPaths, total, count: shownOutcomes })
      : everything;
  };

  input.addEventListener('focus', loadWords);
  input.addEventListener('input', () => {
    loadWords();
    apply();
  });
  root.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-copy-url]');
    if (!button) return;
    const url = new URL(button.dataset.copyUrl!, location.origin).href;
    void copyText(url, status, { copied: formatText(root.dataset.copiedText ?? '{url}', { url }), failed: root.dataset.failedText ?? '' });
  });
  // Words typed before this script ran (or kept by the browser on Back) filter at once.
  if (input.value) {
    loadWords();
    apply();
  }
}
