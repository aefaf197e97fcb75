/**
 * What the reader keeps in this browser: their details (name, company…), which fill every
 * template until they press "Clear my details", and their own edits of a message. Stored values
 * are checked and capped when read, so one bad or huge value can't break the page; when the
 * browser refuses to store anything, the callers are told so the page can say it.
 */
import { MAX_FIELD_LENGTH, MAX_MESSAGE_LENGTH } from '../shared-fields';
import { DETAILS_KEY, EDITS_KEY } from './storage-keys';
import { wellFormed } from '../../lib/well-formed';

/** A stored object of strings, each capped; anything else (not written by us) is dropped. */
function readStrings(key: string, max: number): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '{}');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed)
        .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
        .map(([name, value]) => [name, wellFormed(value.slice(0, max))]),
    );
  } catch {
    return {};
  }
}

/** Writes, or removes when empty; false when the browser would not store it (full, blocked…). */
function write(key: string, values: Record<string, string>): boolean {
  try {
    if (Object.keys(values).length) localStorage.setItem(key, JSON.stringify(values));
    else localStorage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

function update(key: string, max: number, name: string, value: string): boolean {
  const values = readStrings(key, max);
  if (value) values[name] = value.slice(0, max);
  else delete values[name];
  return write(key, values);
}

export const loadDetails = () => readStrings(DETAILS_KEY, MAX_FIELD_LENGTH);
/** Another application's details in place of these (the follow-ups' company switcher). */
export const replaceDetails = (values: Record<string, string>) => write(DETAILS_KEY, values);
export const saveDetail = (name: string, value: string) => update(DETAILS_KEY, MAX_FIELD_LENGTH, name, value);

/** Edits are kept per template and channel, e.g. "ask-feedback/email" → its subject and its body. */
export const loadEdit = (key: string) => readStrings(EDITS_KEY, MAX_MESSAGE_LENGTH)[key];
export const saveEdit = (key: string, text: string) => update(EDITS_KEY, MAX_MESSAGE_LENGTH, key, text);
/** Every rewritten message, and another application's in their place (the follow-ups' company switcher). */
export const loadEdits = () => readStrings(EDITS_KEY, MAX_MESSAGE_LENGTH);
export const replaceEdits = (edits: Record<string, string>) => write(EDITS_KEY, edits);

/** Everything kept in this browser, as read (checked and capped): what "Clear my details" removes. */
export interface SavedDetails {
  details: Record<string, string>;
  edits: Record<string, string>;
}

/**
 * Forgets the details and every edit, and returns them, so that the page can offer to put them
 * back (they live on only in the page's memory). `ok` is false when the browser would not write;
 * the fields are emptied anyway.
 */
export function clearDetails(): { ok: boolean; removed: SavedDetails } {
  const removed = { details: loadDetails(), edits: readStrings(EDITS_KEY, MAX_MESSAGE_LENGTH) };
  return { ok: [write(DETAILS_KEY, {}), write(EDITS_KEY, {})].every(Boolean), removed };
}

/** Puts back what `clearDetails` removed; false when the browser would not store it. */
export function restoreDetails(saved: SavedDetails): boolean {
  return [write(DETAILS_KEY, saved.details), write(EDITS_KEY, saved.edits)].every(Boolean);
}

/** Whether this browser lets the page store anything at all (tried once, on a key of our own). */
export function storageWorks(): boolean {
  try {
    localStorage.setItem('after-the-no:probe', '1');
    localStorage.removeItem('after-the-no:probe');
    return true;
  } catch {
    return false;
  }
}
