import { MAX_FIELD_LENGTH } from '../../shared-fields';
import { oneLine } from '../../one-line';
import { clearDetails, loadDetails, replaceDetails, restoreDetails, saveDetail, storageWorks, type SavedDetails } from '../saved-details';

/** The reader's details, shared by every blank of every channel and the details form. */
export interface Details {
  /** What each field holds now, its fallback (the greeting "Dear") when left empty. */
  values(): Record<string, string>;
  labels: Record<string, string>;
  /** Called after any detail changes. */
  onChange(listener: () => void): void;
  /**
   * A channel's rewritten message as the page holds it ("template/channel:body" → text): "Clear"
   * takes it with the details and Undo gives it back, even where the browser stored none of it.
   */
  addEdits(source: () => Record<string, string>): void;
  /** What the reader has given (no fallbacks): what an application in the follow-ups keeps. */
  given(): Record<string, string>;
  /** Puts another application's details in every field and blank, and remembers them. */
  replaceAll(values: Record<string, string>): void;
}

type FieldInput = HTMLInputElement | HTMLTextAreaElement;

/**
 * An input in place of one blank of the message, labelled as the field it fills. A one-line
 * text area rather than a text input, so that a long answer wraps with the message around it
 * instead of scrolling out of sight; pasted line breaks don't make it two lines, and Enter (a
 * phone keyboard's "Next") moves on to the message's next blank, and from its last to Copy.
 */
function blankInput(blank: HTMLElement, label: string, index: number): HTMLTextAreaElement {
  const name = blank.dataset.blank!;
  const input = document.createElement('textarea');
  input.rows = 1;
  input.setAttribute('aria-multiline', 'false');
  input.enterKeyHint = 'next';
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    const section = input.closest<HTMLElement>('[data-channel]');
    const blanks = [...(section?.querySelectorAll<HTMLElement>('[data-blank-input]') ?? [])];
    (blanks[blanks.indexOf(input) + 1] ?? section?.querySelector<HTMLElement>('[data-copy]'))?.focus();
  });
  input.addEventListener('input', () => {
    if (oneLine(input.value) !== input.value) {
      const at = input.selectionStart;
      input.value = oneLine(input.value);
      input.setSelectionRange(at, at);
    }
  });
  input.className = 'blank-input';
  input.name = name;
  input.id = `blank-${blank.closest<HTMLElement>('[data-channel]')?.dataset.channel}-${name}-${index}`;
  input.maxLength = MAX_FIELD_LENGTH;
  input.autocomplete = 'off';
  input.placeholder = blank.dataset.fallback ?? label;
  input.setAttribute('aria-label', label);
  if (document.getElementById(`hint-${name}`)) input.setAttribute('aria-describedby', `hint-${name}`);
  input.dataset.blankInput = '';
  // A blank with a fallback (the greeting "Dear") is never missing: it looks optional.
  if (blank.dataset.fallback) input.classList.add('blank-input--optional');
  return input;
}

/** Fits a blank to its words where the browser can't (no CSS field-sizing): as wide as they are, as tall as their lines. */
const fit = (input: FieldInput) => {
  if (input instanceof HTMLTextAreaElement && input.dataset.blankInput !== undefined && !CSS.supports('field-sizing', 'content')) {
    input.cols = Math.max(input.value.length, input.placeholder.length, 4) + 1;
    input.style.height = 'auto';
    input.style.height = `${input.scrollHeight}px`;
  }
};

/**
 * Connects the details form and puts an input in every blank of the message, all kept in step
 * by field name. Typed before the script arrived beats stored (nothing typed on a slow phone is
 * wiped); a browser that stores nothing gets a note saying so.
 */
export function connectDetails(tool: HTMLElement): Details {
  const formFields = [...tool.querySelectorAll<FieldInput>('[data-template-field]')];
  const labels = Object.fromEntries(
    formFields.map((field) => [field.name, tool.querySelector(`label[for="${field.id}"]`)?.textContent?.trim() ?? field.name]),
  );
  const fallbacks = Object.fromEntries(formFields.flatMap((field) => (field.dataset.fallback ? [[field.name, field.dataset.fallback]] : [])));
  const blanks = [...tool.querySelectorAll<HTMLElement>('[data-blank]')].map((blank, index) => {
    const input = blankInput(blank, labels[blank.dataset.blank!] ?? blank.dataset.blank!, index);
    // The marked blank stays, hidden on screen: print shows it as a labelled line while the input is empty.
    blank.after(input);
    return input;
  });
  const inputs: FieldInput[] = [...formFields, ...blanks];
  const listeners: (() => void)[] = [];
  const editSources: (() => Record<string, string>)[] = [];
  const note = tool.querySelector<HTMLElement>('[data-storage-note]');
  const stored = (ok: boolean) => {
    if (!ok && note) note.hidden = false;
  };

  // A detail with a one-line input on this page is one line wherever it comes from: stored ones
  // too (an older page, another tab or a hand edit may have kept line breaks in them).
  const oneLineNames = new Set(formFields.filter((field) => field instanceof HTMLInputElement).map((field) => field.name));
  const asRead = (name: string, value: string) => (oneLineNames.has(name) ? oneLine(value) : value);
  const current: Record<string, string> = Object.fromEntries(Object.entries(loadDetails()).map(([name, value]) => [name, asRead(name, value)]));
  for (const field of formFields) {
    if (field.value) stored(saveDetail(field.name, (current[field.name] = field.value.slice(0, MAX_FIELD_LENGTH))));
  }
  const show = (source?: FieldInput) => {
    for (const input of inputs) {
      if (input !== source) input.value = current[input.name] ?? '';
      fit(input);
    }
    for (const listener of listeners) listener();
  };
  const clear = tool.querySelector<HTMLElement>('[data-template-clear]');
  const restore = tool.querySelector<HTMLElement>('[data-template-restore]');
  const status = tool.querySelector<HTMLElement>('[data-details-status]');
  // What the last "Clear" removed, in this page's memory only, until the reader types again.
  let removed: SavedDetails | undefined;
  const forgetRemoved = () => {
    removed = undefined;
    if (restore) restore.hidden = true;
  };

  for (const input of inputs) {
    input.addEventListener('input', () => {
      current[input.name] = asRead(input.name, input.value);
      stored(saveDetail(input.name, current[input.name]!));
      show(input);
    });
  }
  stored(storageWorks());

  // Anything typed after a clear (a detail, or a message rewritten again) is newer than what it removed.
  tool.addEventListener('input', (event) => {
    if (!(event.target as Element).matches('[data-channel-choice]')) forgetRemoved();
  });

  clear?.addEventListener('click', () => {
    const cleared = clearDetails();
    stored(cleared.ok);
    // What the page holds, even where the browser stored none of it.
    const details = Object.fromEntries(Object.entries({ ...cleared.removed.details, ...current }).filter(([, value]) => value));
    const edits = Object.assign({ ...cleared.removed.edits }, ...editSources.map((source) => source()));
    // Nothing left to clear (the second click of a double-click): the last clear's Undo stays.
    if (removed && !Object.keys(details).length && !Object.keys(edits).length) return;
    const hadEdits = Object.keys(edits).some((key) => key.startsWith(`${tool.dataset.templateId}/`));
    removed = Object.keys(details).length || Object.keys(edits).length ? { details, edits } : undefined;
    for (const name of Object.keys(current)) delete current[name];
    show();
    // Saying so when the reader's own version of a message went too: it is gone from view as well.
    if (status) status.textContent = (hadEdits ? clear.dataset.doneWithEditsText : clear.dataset.doneText) ?? '';
    if (restore) restore.hidden = !removed;
    tool.dispatchEvent(new Event('details-cleared'));
  });
  restore?.addEventListener('click', () => {
    if (!removed) return;
    const { edits } = removed;
    stored(restoreDetails(removed));
    Object.assign(current, removed.details);
    forgetRemoved();
    show();
    if (status) status.textContent = restore.dataset.doneText ?? '';
    // The edits go with the event: storage may not have kept them.
    tool.dispatchEvent(new CustomEvent<Record<string, string>>('details-restored', { detail: edits }));
    clear?.focus();
  });
  show();

  return {
    values: () => Object.fromEntries([...new Set(inputs.map((input) => input.name))].map((name) => [name, current[name]?.trim() || (fallbacks[name] ?? '')])),
    labels,
    onChange: (listener) => listeners.push(listener),
    addEdits: (source) => editSources.push(source),
    given: () => Object.fromEntries(Object.entries(current).filter(([, value]) => value.trim())),
    replaceAll: (values) => {
      for (const name of Object.keys(current)) delete current[name];
      for (const [name, value] of Object.entries(values)) current[name] = asRead(name, value.slice(0, MAX_FIELD_LENGTH));
      stored(replaceDetails(current));
      forgetRemoved();
      show();
    },
  };
}
