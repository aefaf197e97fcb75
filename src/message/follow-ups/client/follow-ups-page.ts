import { readFollowUps } from '../follow-ups-store';
import type { FollowUpsTexts } from '../follow-ups-texts';
import type { AfterSending } from '../../../lib/content-schemas';
import { followUpEntry } from './follow-up-entry';
import { localToday } from '../../day-in-words';

type Actions = typeof import('./follow-ups-actions');

/** What the actions (loaded on first use) need from the page. */
interface FollowUpsPage {
  root: HTMLElement;
  texts: FollowUpsTexts;
  /** Shows the list as stored now, and any problem reading it. */
  render(): void;
}

// The follow-ups page's island (loaded by the page script once the page has painted): the list
// from this browser's storage. What the reader can do with it (edit, delete, import, export…) is
// in ./follow-ups-actions.ts, loaded at their first touch of the page, so that the page's script
// before any interaction stays small. The actions import `page` from here: that keeps the store,
// which both use, in this one chunk rather than in a chunk of its own (a file more to load first).
const root = document.querySelector<HTMLElement>('[data-followups]')!;
const data = <T>(name: string) => JSON.parse(root.dataset[name]!) as T;
const texts = data<FollowUpsTexts>('texts');
const context = {
  template: root.querySelector<HTMLTemplateElement>('[data-followup-template]')!,
  texts,
  titles: data<Record<string, string>>('titles'),
  rules: data<Record<string, AfterSending>>('rules'),
  channels: data<Record<string, string>>('channels'),
  today: localToday(),
  locale: root.dataset.locale!,
};
const list = root.querySelector<HTMLElement>('[data-followups-list]')!;
const problemLine = root.querySelector<HTMLElement>('[data-followups-problem]')!;

function render(): void {
  const { followUps, problem } = readFollowUps();
  // An alert is read out at every write: written only when it changes.
  const problemText = problem ? texts.problems[problem] : '';
  if (problemLine.textContent !== problemText) problemLine.textContent = problemText;
  root.querySelector<HTMLElement>('[data-followups-problem-actions]')!.hidden = !problem || problem === 'refused';
  list.replaceChildren(...followUps.applications.map((application, index) => followUpEntry(application, index + 1, application.id === followUps.current, context)));
  root.querySelector<HTMLElement>('[data-followups-empty]')!.hidden = !!problem || followUps.applications.length > 0;
}

export const page: FollowUpsPage = { root, texts, render };

let actions: Promise<Actions> | undefined;
/** The actions' script; a failed load is forgotten (the next touch asks again) and the island's note says so. */
function loadActions(): Promise<Actions> {
  const note = root.querySelector<HTMLElement>('[data-load-failed]')!;
  // Its imports are asked for at once, not one round trip after another.
  return (actions ||= Promise.all(root.dataset.actionsSrc!.split(' ').map((url) => import(/* @vite-ignore */ url) as Promise<Actions>)).then(
    ([loaded]) => {
      note.textContent = '';
      return loaded!;
    },
    (error: unknown) => {
      actions = undefined;
      note.textContent = note.dataset.loadFailed!;
      throw error;
    },
  ));
}

// Passed on to the actions, which answer clicks, a form sent, Escape and a file chosen; a first
// press or focus only asks for them, so that they are usually here by the click.
for (const type of ['pointerdown', 'focusin', 'click', 'submit', 'keydown', 'change']) {
  root.addEventListener(type, (event) => {
    const target = event.target as Element;
    // An application's form is saved here; the confirmation's (method="dialog") closes it.
    if (target.matches('[data-followup-form]')) event.preventDefault();
    if ((type === 'click' && !target.closest('button')) || (type === 'keydown' && (event as KeyboardEvent).key !== 'Escape')) return;
    loadActions().then((loaded) => loaded.act(event), () => {});
  });
}

render();
