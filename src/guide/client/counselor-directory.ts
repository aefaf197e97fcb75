import { formatText, pluralForm, type PluralForms } from '../../i18n/format';
import { copyText } from './clipboard';
import { importWithImports } from './import-with-imports';
import type { DirectoryWords } from '../../lib/directory-words';
import type { PhraseMatcher } from '../../words/phrase-matcher';

type MatcherModule = typeof import('../../words/phrase-matcher');

/** How long a copy button says "Link copied ✓" before it reads "Copy link" again. */
const BUTTON_SAYS_MS = 4000;

/**
 * Until the site's reading of words arrives with the readers' words (or if it can't): each word
 * typed must be part of what a route shows, as typed, accents and punctuation aside.
 */
const plainMatcher: PhraseMatcher = {
  matches(query, texts) {
    const fold = (text: string) => text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
    const shown = fold(texts.join(' ')).replace(/[^\p{L}\p{N}]+/gu, '');
    const wanted = fold(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    return wanted.length > 0 && wanted.every((word) => shown.includes(word));
  },
};

/**
 * The counsellors' page: a filter that narrows outcomes and paths as you type (the page is a
 * complete list without it), and copy-link buttons. Its words come from the page: the status
 * line as built (every path), and the root's data- attributes. The readers' words and the site's
 * matcher (src/words/) arrive when the filter is first used.
 */
export function connectDirectory(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('[data-directory-filter]')!;
  const status = root.querySelector<HTMLElement>('[data-directory-status]')!;
  const empty = root.querySelector<HTMLElement>('[data-directory-empty]')!;
  const outcomes = [...root.querySelectorAll<HTMLElement>('[data-directory-outcome]')];
  const total = root.querySelectorAll('[data-directory-path]').length;
  const everything = status.textContent ?? '';
  const shownForms = JSON.parse(root.dataset.shownTexts ?? '{"other":""}') as PluralForms;
  let readerWords: Omit<DirectoryWords, 'lexicon'> = { outcomes: {}, paths: {} };
  let matcher = plainMatcher;
  let wordsRequested = false;
  // Says (or stops saying) that the filter is working without the readers' words.
  const wordsNote = root.querySelector<HTMLElement>('[data-directory-words-failed]')!;
  const sayWordsFailed = (failed: boolean) => (wordsNote.textContent = failed ? wordsNote.dataset.directoryWordsFailed! : '');
  const loadWords = () => {
    if (wordsRequested) return;
    wordsRequested = true;
    const words = fetch(root.dataset.wordsSrc!).then((response) =>
      response.ok ? (response.json() as Promise<DirectoryWords>) : Promise.reject(new Error(String(response.status))),
    );
    // The readers' words serve even if the matcher can't load: matched as typed, they still find "offer pulled".
    void words.then((loaded) => {
      readerWords = loaded;
      if (input.value) apply();
    }, () => {});
    Promise.all([words, importWithImports<MatcherModule>(root.dataset.matcherSrc!)])
      .then(([loaded, { makeMatcher }]) => {
        matcher = makeMatcher(loaded.lexicon);
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
    const typed = input.value.trim() !== '';
    const matches = (texts: string[]) => !typed || matcher.matches(input.value, texts);
    let shownPaths = 0;
    let shownOutcomes = 0;
    for (const outcome of outcomes) {
      const heading = outcome.querySelector('h3')?.textContent ?? '';
      const who = outcome.querySelector('.directory__who')?.textContent ?? '';
      const outcomeWords = [heading, who, ...(readerWords.outcomes[outcome.dataset.directoryOutcome!] ?? [])];
      let visible = 0;
      for (const path of outcome.querySelectorAll<HTMLElement>('[data-directory-path]')) {
        path.hidden = !matches([...outcomeWords, path.textContent ?? '', ...(readerWords.paths[path.dataset.directoryPath!] ?? [])]);
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
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-copy-link]');
    if (!button) return;
    // The route's own link, beside the button.
    const url = button.parentElement!.querySelector('a')!.href;
    const [copied, notCopied] = (root.dataset.buttonTexts ?? '|').split('|');
    void copyText(url, status, { copied: formatText(root.dataset.copiedText ?? '{url}', { url }), failed: root.dataset.failedText ?? '' }).then((done) => {
      // Said on the button too: on a phone the status line is screens away from a button far down.
      button.dataset.label ??= button.textContent ?? '';
      button.textContent = done ? copied! : notCopied!;
      clearTimeout(Number(button.dataset.timer));
      button.dataset.timer = String(setTimeout(() => (button.textContent = button.dataset.label!), BUTTON_SAYS_MS));
    });
  });
  // Words typed before this script ran (or kept by the browser on Back) filter at once.
  if (input.value) {
    loadWords();
    apply();
  }
}
