/**
 * The reader's details (name, company…), kept only in this browser so that values typed once fill
 * every template, until they press "Clear my details".
 */
import { MAX_FIELD_LENGTH } from '../shared-fields';

const STORAGE_KEY = 'after-the-no:details';

export function loadDetails(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    // Keep only string values, capped: anything else was not written by us.
    return Object.fromEntries(
      Object.entries(parsed)
        .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
        .map(([name, value]) => [name, value.slice(0, MAX_FIELD_LENGTH).toWellFormed()]),
    );
  } catch {
    return {};
  }
}

export function saveDetail(name: string, value: string): void {
  const details = loadDetails();
  if (value) details[name] = value;
  else delete details[name];
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(details));
  } catch {
    // Storage can be full or blocked; the message still works for this visit.
  }
}

export function clearDetails(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored, nothing to clear.
  }
}
