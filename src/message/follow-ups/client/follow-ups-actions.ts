import { MAX_APPLICATIONS, MAX_STORED_CHARS, FOLLOW_UPS_KEY, readFollowUps, writeFollowUps, type FollowUps } from '../follow-ups-store';
import { followUpsFile, mergeFollowUps, readFollowUpsFile } from '../follow-ups-file';
import { applicationName } from '../application-name';
import { confirmFirst } from './confirm';
import { formatText, pluralForm, type PluralForms } from '../../../i18n/format';
import { downloadText } from '../../../guide/client/download';
import { saveDetail } from '../../../guide/client/saved-details';
import { page } from './follow-ups-page';

/**
 * What the reader can do on the follow-ups page: edit or delete an application (and undo that),
 * export and import the list, delete it all, and, when what is stored can't be read, download it
 * or start again. Loaded by the page's island at the first touch. Every change reads what is
 * stored now (another tab may have changed it), and never writes over a list it could not read.
 */

/** The list as it was before the last delete, until anything else changes. */
let undoTo: FollowUps | undefined;

const hook = <E extends HTMLElement = HTMLElement>(name: string) => page.root.querySelector<E>(`[data-followups-${name}]`)!;

/** What the last action did: a status, or an alert when it failed (the undo only ever follows a delete). */
function say(text: string, failed = false): void {
  hook('status').textContent = failed ? '' : text;
  hook('alert').textContent = failed ? text : '';
  hook('undo').hidden = true;
}

const nameOf = (followUps: FollowUps, id: string) => {
  const place = followUps.applications.findIndex((application) => application.id === id);
  return applicationName(followUps.applications[place]?.details ?? {}, place + 1, page.texts.unnamed);
};

const entryOf = (id: string) => page.root.querySelector<HTMLElement>(`[data-followup-id="${CSS.escape(id)}"]`);
const editButton = (entry: Element | null) => entry?.querySelector<HTMLElement>('[data-followup-edit]');

/** Stores `next` and shows the list as stored; false (and said) when the browser would not store it. */
function store(next: FollowUps): boolean {
  const saved = writeFollowUps(next);
  page.render();
  if (!saved) say(page.texts.notSaved, true);
  return saved;
}

/** The stored list to change, or nothing when it can't be read (the problem line says why). */
function readable(): FollowUps | undefined {
  const { followUps, problem } = readFollowUps();
  if (!problem) return followUps;
  page.render();
  return undefined;
}

function toggleForm(entry: HTMLElement, open: boolean): void {
  const form = entry.querySelector<HTMLFormElement>('[data-followup-form]')!;
  const edit = editButton(entry)!;
  const details = open ? readable()?.applications.find((application) => application.id === entry.dataset.followupId)?.details : undefined;
  if (open && !details) return;
  form.hidden = !open;
  edit.setAttribute('aria-expanded', String(open));
  if (!details) return edit.focus();
  for (const input of form.querySelectorAll('input')) input.value = details[input.name] ?? '';
  form.querySelector('input')!.focus();
}

function saveForm(form: HTMLFormElement): void {
  const id = form.closest<HTMLElement>('[data-followup]')!.dataset.followupId!;
  const followUps = readable();
  const application = followUps?.applications.find((item) => item.id === id);
  if (!followUps || !application) return;
  const values = [...form.querySelectorAll('input')].map((input) => [input.name, input.value.trim()] as const);
  for (const [name, value] of values) {
    if (value) application.details[name] = value;
    else delete application.details[name];
  }
  if (!store(followUps)) return;
  // The message pages fill in the current application's details: they change with it.
  if (followUps.current === id) for (const [name, value] of values) saveDetail(name, value);
  editButton(entryOf(id))?.focus();
  say(formatText(page.texts.saved, { name: nameOf(followUps, id) }));
}

function remove(id: string): void {
  const followUps = readable();
  if (!followUps) return;
  const next = { current: followUps.current === id ? undefined : followUps.current, applications: followUps.applications.filter((application) => application.id !== id) };
  if (!store(next)) return;
  say(formatText(page.texts.deleted, { name: nameOf(followUps, id) }));
  undoTo = followUps;
  const undo = hook('undo');
  undo.hidden = false;
  undo.focus();
}

function putBack(restored: FollowUps): void {
  const id = restored.applications.find((application) => !entryOf(application.id))?.id;
  undoTo = undefined;
  if (!store(restored) || !id) return;
  say(formatText(page.texts.restored, { name: nameOf(restored, id) }));
  editButton(entryOf(id))?.focus();
}

function exportList(): void {
  const { followUps } = readFollowUps();
  if (!followUps.applications.length) return say(page.texts.exportEmpty);
  const file = `${page.texts.fileName}.json`;
  downloadText(followUpsFile(followUps), file, 'application/json');
  say(formatText(page.texts.exported, { file }));
}

const counted = (forms: PluralForms, count: number) => formatText(pluralForm(document.documentElement.lang, count, forms), { count });

async function importFile(file: File): Promise<void> {
  const { texts } = page;
  // Far past what a list could weigh: not even read.
  const read = file.size > MAX_STORED_CHARS * 4 ? { problem: 'too-big' as const } : readFollowUpsFile(await file.text().catch(() => ''));
  if ('problem' in read) return say(texts.importProblems[read.problem], true);
  const stored = readFollowUps();
  if (stored.problem === 'refused') return say(texts.problems.refused, true);
  // A stored list that can't be read is replaced only when the reader says so (they can download it first).
  if (stored.problem && !(await confirmFirst(hook('confirm'), texts.importReplace, texts.importReplaceYes))) return;
  const merged = mergeFollowUps(stored.followUps, read.applications);
  if (!merged) return say(formatText(texts.importProblems.full, { max: MAX_APPLICATIONS }), true);
  undoTo = undefined;
  if (!store(merged.followUps)) return;
  const { added, replaced } = merged;
  say([added || !replaced ? counted(texts.imported, added) : '', replaced ? counted(texts.importedUpdated, replaced) : ''].filter(Boolean).join(' '));
}

/** What was stored, as it is: for a list that can't be read, so that nothing is lost. */
function downloadStored(): void {
  let raw = '';
  try {
    raw = localStorage.getItem(FOLLOW_UPS_KEY) ?? '';
  } catch {
    // Refused by now: there is nothing to give.
  }
  downloadText(raw, `${page.texts.storedFileName}.txt`, 'text/plain');
}

/** Empties the list ("Delete all", "Start again") once the reader confirms. */
async function clearAll(ask: string, yes: string, done: string): Promise<boolean> {
  if (!(await confirmFirst(hook('confirm'), ask, yes))) return false;
  undoTo = undefined;
  const cleared = store({ applications: [] });
  if (cleared) say(done);
  return cleared;
}

async function click(button: HTMLElement): Promise<void> {
  const { texts } = page;
  const entry = button.closest<HTMLElement>('[data-followup]');
  if (entry && button.matches('[data-followup-edit]')) toggleForm(entry, button.getAttribute('aria-expanded') !== 'true');
  else if (entry && button.matches('[data-followup-cancel]')) toggleForm(entry, false);
  else if (entry && button.matches('[data-followup-delete]')) remove(entry.dataset.followupId!);
  else if (button.matches('[data-followups-undo]') && undoTo) putBack(undoTo);
  else if (button.matches('[data-followups-export]')) exportList();
  else if (button.matches('[data-followups-delete-all]')) await clearAll(texts.deleteAllAsk, texts.deleteAllYes, texts.deleteAllDone);
  else if (button.matches('[data-followups-download-stored]')) downloadStored();
  else if (button.matches('[data-followups-start-again]') && (await clearAll(texts.startAgainAsk, texts.startAgainYes, texts.startAgainDone))) {
    // Its button went with the problem: the page takes the focus.
    document.querySelector<HTMLElement>('main')?.focus();
  }
}

/** Answers one event the island passed on (a submit's default is already prevented there); others (a first press or focus) need nothing. */
export function act(event: Event): void {
  const target = event.target as HTMLElement;
  if (event.type === 'click') void click(target.closest('button')!);
  else if (event.type === 'submit' && target.matches('[data-followup-form]')) saveForm(target as HTMLFormElement);
  else if (event.type === 'keydown') {
    const entry = target.closest('[data-followup-form]')?.closest<HTMLElement>('[data-followup]');
    if (entry) toggleForm(entry, false);
  } else if (event.type === 'change' && target.matches('[data-followups-import]')) {
    const input = target as HTMLInputElement;
    const file = input.files?.[0];
    // Emptied, so that choosing the same file again is a change too.
    input.value = '';
    if (file) void importFile(file);
  }
}

// Another tab noted a message or changed the list: shown here too, unless the reader is editing.
addEventListener('storage', (event) => {
  if ((event.key === FOLLOW_UPS_KEY || event.key === null) && !page.root.querySelector('[data-followup-form]:not([hidden])')) page.render();
});
