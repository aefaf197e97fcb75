import { formatText } from '../../../i18n/format';
import { characterCount, linkedinLimit } from '../../linkedin-count';
import { mailtoHref, messageAsText } from '../../message-export';
import { oneLine } from '../../one-line';
import { fillTemplate, placeholdersOf } from '../../template-text';
import { copyText } from '../clipboard';
import { downloadText } from '../download';
import { loadEdit, saveEdit } from '../saved-details';
import type { Details } from './details';

type CopyWhat = 'subject' | 'body' | 'all';

/** A blank still to fill in, and where the reader fills it. */
interface Gap {
  label: string;
  target: HTMLElement;
}

/**
 * One channel of the composer (ChannelMessage.astro): copy the subject, the body or both, with
 * a GOV.UK-style summary of the blanks left first; edit the whole message (kept in this browser
 * until undone); the mailto: link, the LinkedIn character count and the text download.
 */
export function connectChannel(section: HTMLElement, details: Details, templateId: string, onStored: (ok: boolean) => void): void {
  const $ = <T extends HTMLElement = HTMLElement>(selector: string) => section.querySelector<T>(selector);
  const subjectSource = section.dataset.templateSubjectSource;
  const bodySource = section.dataset.templateBodySource ?? '';
  const editKey = `${templateId}/${section.dataset.channel}`;
  const message = $('[data-message]')!;
  const editor = $('[data-message-editor]')!;
  const editSubject = $<HTMLInputElement>('[data-edit-subject]');
  const editBody = $<HTMLTextAreaElement>('[data-edit-body]')!;
  const toggle = $('[data-edit-toggle]')!;
  const undo = $('[data-edit-undo]')!;
  const summary = $('[data-gap-summary]')!;
  const status = $('[data-template-status]')!;
  const subjectLabel = $('.message__subject-label')?.textContent ?? '';
  let editing = false;
  let pending: { what: CopyWhat; button: HTMLElement } | undefined;
  /** The last copy made, while the status line and its button still say so. */
  let lastCopy: { what: CopyWhat; words: string; note: string; button: HTMLElement } | undefined;
  // Each button's "Copied ✓" lasts a moment from its own latest copy.
  const labelTimers = new Map<HTMLElement, ReturnType<typeof setTimeout>>();
  const showOwnLabel = (button: HTMLElement) => {
    clearTimeout(labelTimers.get(button));
    if (button.dataset.label !== undefined) button.textContent = button.dataset.label;
  };

  const text = () => {
    if (editing) return { subject: editSubject?.value, body: editBody.value };
    const values = details.values();
    return { subject: subjectSource && oneLine(fillTemplate(subjectSource, values, details.labels)), body: fillTemplate(bodySource, values, details.labels) };
  };

  /** The blanks left in what is about to be copied (the subject, the body, or both). */
  const gaps = (what: CopyWhat = 'all'): Gap[] => {
    const withSubject = what !== 'body';
    const withBody = what !== 'subject';
    if (editing) {
      const written = `${withSubject ? (editSubject?.value ?? '') : ''}\n${withBody ? editBody.value : ''}`;
      return Object.values(details.labels)
        .filter((label) => written.includes(`[${label}]`))
        .map((label) => ({ label, target: editBody }));
    }
    const values = details.values();
    return placeholdersOf(`${withSubject ? (subjectSource ?? '') : ''}\n${withBody ? bodySource : ''}`)
      .filter((name) => !values[name])
      .map((name) => ({ label: details.labels[name] ?? name, target: $(`[data-blank-input][name="${name}"]`) ?? message }));
  };

  // Screen readers hear the count once typing pauses (as GOV.UK's character count does), not per key.
  // The count the page opened with is not news: only changes to it are announced.
  let countTimer: ReturnType<typeof setTimeout> | undefined;
  let heardCount: string | undefined;
  const announceCount = (words: string) => {
    heardCount ??= words;
    clearTimeout(countTimer);
    countTimer = setTimeout(() => {
      const region = $('[data-linkedin-count-status]');
      if (!region || !section.offsetParent || words === heardCount) return;
      region.textContent = heardCount = words;
    }, 1000);
  };

  /** What a copy button puts on the clipboard. */
  const wordsFor = (what: CopyWhat) => {
    const { subject = '', body } = text();
    return what === 'subject' ? subject : what === 'body' ? body : messageAsText(subject, body, subjectLabel);
  };

  // "Message copied" is true only until the message changes: then it would tell the reader the
  // clipboard holds what they now see, so it goes (and the button's "Copied ✓" with it).
  const forgetStaleCopy = () => {
    if (!lastCopy || wordsFor(lastCopy.what) === lastCopy.words) return;
    if (status.textContent === lastCopy.note) status.textContent = '';
    showOwnLabel(lastCopy.button);
    lastCopy = undefined;
  };

  const update = () => {
    forgetStaleCopy();
    const { subject, body } = text();
    const mailto = $<HTMLAnchorElement>('[data-template-mailto]');
    if (mailto) mailto.href = mailtoHref(subject, body);
    const count = $('[data-linkedin-count]');
    if (count) {
      const length = characterCount(body);
      const limit = linkedinLimit(length, { max: Number(count.dataset.max), free: Number(count.dataset.free) });
      const warning = { none: '', free: count.dataset.freeText, max: count.dataset.maxText }[limit];
      count.textContent = `${formatText(count.dataset.countText ?? '', { count: length })} ${warning ?? ''}`.trim();
      count.dataset.limit = limit;
      announceCount(count.textContent);
    }
    // An open summary keeps up with the blanks: each one filled leaves the list, the last closes it.
    // Rebuilt only when a blank leaves it: it is an alert, read out again whenever it changes.
    if (!summary.hidden) {
      const left = gaps(pending?.what);
      if (!left.length) summary.hidden = true;
      else if (left.length !== summary.querySelectorAll('[data-gap-list] li').length) listGaps(left);
    }
  };

  const copy = async (what: CopyWhat, button: HTMLElement) => {
    // A newer copy: the button of the last one no longer says what the clipboard holds.
    if (lastCopy) showOwnLabel(lastCopy.button);
    lastCopy = undefined;
    const words = wordsFor(what);
    const note = button.dataset.statusText ?? '';
    const copied = await copyText(words, status, { copied: note, failed: button.dataset.failedText ?? '' });
    if (!copied) return;
    // Confirmed on the button itself for a moment (and announced through the status line).
    button.dataset.label ??= button.textContent ?? '';
    button.textContent = button.dataset.copiedText ?? button.dataset.label;
    clearTimeout(labelTimers.get(button));
    labelTimers.set(button, setTimeout(() => showOwnLabel(button), 2000));
    lastCopy = { what, words, note, button };
    // Typed while the copy was being made: the words copied are already not the message.
    forgetStaleCopy();
  };

  const listGaps = (list: Gap[]) => {
    const items = list.map(({ label, target }) => {
      const link = document.createElement('a');
      link.href = `#${target.id}`;
      link.textContent = label;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        target.focus();
      });
      const item = document.createElement('li');
      item.append(link);
      return item;
    });
    $('[data-gap-list]')!.replaceChildren(...items);
  };
  const showGaps = (list: Gap[]) => {
    listGaps(list);
    summary.hidden = false;
    summary.focus();
  };

  for (const button of section.querySelectorAll<HTMLElement>('[data-copy]')) {
    button.addEventListener('click', () => {
      const what = button.dataset.copy as CopyWhat;
      const left = gaps(what);
      if (left.length) {
        pending = { what, button };
        showGaps(left);
      } else {
        summary.hidden = true;
        void copy(what, button);
      }
    });
  }
  $('[data-copy-anyway]')!.addEventListener('click', () => {
    summary.hidden = true;
    if (pending) void copy(pending.what, pending.button);
  });

  const setEditing = (on: boolean, saved?: { subject?: string; body: string }) => {
    const start = saved ?? text();
    editing = on;
    if (on) {
      // A stored subject may hold line breaks, which the input would drop, joining two words.
      if (editSubject) editSubject.value = oneLine(start.subject ?? '');
      editBody.value = start.body;
    }
    editor.hidden = !on;
    message.hidden = on;
    toggle.hidden = on;
    undo.hidden = !on;
    summary.hidden = true;
    update();
  };
  const keep = () => {
    onStored(saveEdit(`${editKey}:body`, editBody.value));
    if (editSubject) onStored(saveEdit(`${editKey}:subject`, editSubject.value));
  };
  toggle.addEventListener('click', () => {
    setEditing(true);
    keep();
    editBody.focus();
  });
  undo.addEventListener('click', () => {
    onStored(saveEdit(`${editKey}:body`, ''));
    onStored(saveEdit(`${editKey}:subject`, ''));
    setEditing(false);
    toggle.focus();
  });
  editBody.addEventListener('input', () => (keep(), update()));
  editSubject?.addEventListener('input', () => (keep(), update()));
  /** The reader's rewritten message: from `edits` when given (what "Clear" took), else as stored. */
  const openSavedEdit = (edits?: Record<string, string>) => {
    const saved = (part: 'body' | 'subject') => (edits ? edits[`${editKey}:${part}`] : loadEdit(`${editKey}:${part}`));
    const savedBody = saved('body');
    if (savedBody !== undefined) setEditing(true, { subject: saved('subject'), body: savedBody });
  };
  details.addEdits(() =>
    editing ? { [`${editKey}:body`]: editBody.value, ...(editSubject ? { [`${editKey}:subject`]: editSubject.value } : {}) } : {},
  );
  const tool = section.closest('[data-template-tool]');
  tool?.addEventListener('details-cleared', () => setEditing(false));
  tool?.addEventListener('details-restored', (event) => openSavedEdit((event as CustomEvent<Record<string, string>>).detail));
  openSavedEdit();

  const download = $('[data-template-download]');
  download?.addEventListener('click', () => {
    const { subject, body } = text();
    downloadText(messageAsText(subject, body, subjectLabel), download.dataset.templateDownload!, 'text/plain;charset=utf-8');
    status.textContent = download.dataset.doneText ?? '';
  });

  details.onChange(update);
  update();
}
