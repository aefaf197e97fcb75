import { oneLine } from '../../one-line';
import { loadEdit, saveEdit } from '../saved-details';
import type { Details } from './details';

export interface Written {
  subject?: string | undefined;
  body: string;
}

interface EditorOptions {
  /** Where this channel's rewritten message is kept ("<template>/<channel>"). */
  editKey: string;
  details: Details;
  onStored: (ok: boolean) => void;
  /** The message as the blanks make it, which editing starts from. */
  filled: () => Written;
  /** The message changed: the editor opened or closed (`toggled`), or the reader typed in it. */
  changed: (toggled: boolean) => void;
}

/**
 * "Edit the whole message": the channel's words become a subject line and a text area, kept in
 * this browser until "Undo my edits". "Clear my details" closes the editor and "Undo" brings back
 * what it took (the composer's details-cleared and details-restored events).
 */
export function messageEditor(section: HTMLElement, { editKey, details, onStored, filled, changed }: EditorOptions) {
  const $ = <T extends HTMLElement = HTMLElement>(selector: string) => section.querySelector<T>(selector);
  const message = $('[data-message]')!;
  const editor = $('[data-message-editor]')!;
  const editSubject = $<HTMLInputElement>('[data-edit-subject]');
  const editBody = $<HTMLTextAreaElement>('[data-edit-body]')!;
  const toggle = $('[data-edit-toggle]')!;
  const undo = $('[data-edit-undo]')!;
  let editing = false;

  const setEditing = (on: boolean, saved?: Written) => {
    const start = saved ?? filled();
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
    changed(true);
  };
  const keep = () => {
    onStored(saveEdit(`${editKey}:body`, editBody.value));
    if (editSubject) onStored(saveEdit(`${editKey}:subject`, editSubject.value));
  };
  /** The reader's rewritten message: from `edits` when given (what "Clear" took), else as stored. */
  const openSavedEdit = (edits?: Record<string, string>) => {
    const saved = (part: 'body' | 'subject') => (edits ? edits[`${editKey}:${part}`] : loadEdit(`${editKey}:${part}`));
    const savedBody = saved('body');
    if (savedBody !== undefined) setEditing(true, { subject: saved('subject'), body: savedBody });
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
  editBody.addEventListener('input', () => (keep(), changed(false)));
  editSubject?.addEventListener('input', () => (keep(), changed(false)));
  details.addEdits(() =>
    editing ? { [`${editKey}:body`]: editBody.value, ...(editSubject ? { [`${editKey}:subject`]: editSubject.value } : {}) } : {},
  );
  const tool = section.closest('[data-template-tool]');
  tool?.addEventListener('details-cleared', () => setEditing(false));
  tool?.addEventListener('details-restored', (event) => openSavedEdit((event as CustomEvent<Record<string, string>>).detail));

  return {
    get editing() {
      return editing;
    },
    /** The message as the reader rewrote it. */
    written: (): Written => ({ subject: editSubject?.value, body: editBody.value }),
    /** The field a blank left in the rewritten message is fixed in. */
    field: editBody as HTMLElement,
    /** Opens the rewritten message kept in this browser, if there is one. */
    restore: () => openSavedEdit(),
  };
}
