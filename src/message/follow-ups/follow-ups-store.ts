import { MAX_FIELD_LENGTH } from '../../guide/shared-fields';
import { parseDay } from '../../guide/reminder-date';

/**
 * The reader's follow-ups, kept only in this browser: each application (a company and role) with
 * its own details, and what was sent and when. One JSON value under one key. What is read is
 * checked and capped: a value that is not ours, broken or oversized is reported, never trusted,
 * and never written over (so nothing the reader had is lost by a page that could not read it).
 */

export const FOLLOW_UPS_KEY = 'after-the-no:follow-ups';
/** More than anyone applies to at once; keeps the stored value, the page and an import small. */
export const MAX_APPLICATIONS = 60;
export const MAX_SENT = 40;
/** Characters of stored (or imported) JSON: far above 60 applications, far below a browser's quota. */
export const MAX_STORED_CHARS = 300_000;

export interface SentMessage {
  /** The template's id (its outcome). */
  template: string;
  /** The channel it went by: email, thread, text… */
  channel: string;
  /** The calendar day it was copied, shared or opened in the email app ("YYYY-MM-DD"). */
  day: string;
}

export interface Application {
  id: string;
  /** The details that fill its messages (company, role, their name…). */
  details: Record<string, string>;
  /** Its messages as the reader rewrote them ("<template>/<channel>:body" → text), while another application is on the page. */
  edits?: Record<string, string>;
  sent: SentMessage[];
}

export interface FollowUps {
  /** The application whose details fill the messages now. */
  current?: string;
  applications: Application[];
}

export type ReadProblem = 'unreadable' | 'too-big' | 'refused';
export type FollowUpsRead = { followUps: FollowUps; problem?: ReadProblem };

const ID = /^[\w-]{1,64}$/;
const NAME = /^[a-z][\w-]{0,63}$/i;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readTexts(value: unknown, key: RegExp, max: number): Record<string, string> | undefined {
  if (!isObject(value)) return undefined;
  const entries = Object.entries(value).filter((entry): entry is [string, string] => key.test(entry[0]) && typeof entry[1] === 'string');
  // (Lone surrogates are left to the details' own reader, saved-details.ts, which mends them where they are used.)
  return Object.fromEntries(entries.map(([name, text]) => [name, text.slice(0, max)]));
}

function readSent(value: unknown): SentMessage | undefined {
  if (!isObject(value)) return undefined;
  const { template, channel, day } = value;
  if (typeof template !== 'string' || !NAME.test(template)) return undefined;
  if (typeof channel !== 'string' || !NAME.test(channel)) return undefined;
  if (typeof day !== 'string' || !parseDay(day)) return undefined;
  return { template, channel, day };
}

function readApplication(value: unknown): Application | undefined {
  if (!isObject(value) || typeof value.id !== 'string' || !ID.test(value.id) || !Array.isArray(value.sent)) return undefined;
  const details = readTexts(value.details, NAME, MAX_FIELD_LENGTH);
  const sent = value.sent.map(readSent);
  if (!details || sent.some((item) => !item)) return undefined;
  // Rewritten messages are kept as they are, checked and capped where they are put back
  // (saved-details.ts reads them as it reads every edit): this page's reader stays small.
  const edits = isObject(value.edits) ? { edits: value.edits as Record<string, string> } : {};
  return { id: value.id, details, ...edits, sent: (sent as SentMessage[]).slice(-MAX_SENT) };
}

/**
 * Follow-ups from stored or imported JSON. Anything not as written here (hand-edited, another
 * site's, cut short) makes the whole value unreadable rather than half-read; `applications` is
 * what the caller may trust (for an import, the list to add).
 */
export function parseFollowUps(text: string | null): FollowUpsRead {
  const none: FollowUps = { applications: [] };
  const unreadable: FollowUpsRead = { followUps: none, problem: 'unreadable' };
  if (text === null || text === '') return { followUps: none };
  if (text.length > MAX_STORED_CHARS) return { followUps: none, problem: 'too-big' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return unreadable;
  }
  if (!isObject(parsed) || !Array.isArray(parsed.applications) || parsed.applications.length > MAX_APPLICATIONS) return unreadable;
  const list = parsed.applications.map(readApplication);
  // An entry not as written here, or two entries with one id (one application edited twice): unreadable too.
  if (list.some((application) => !application) || new Set(list.map((application) => application!.id)).size !== list.length) return unreadable;
  const applications = list as Application[];
  const current = typeof parsed.current === 'string' && applications.some((application) => application.id === parsed.current) ? parsed.current : undefined;
  return { followUps: { current, applications } };
}

/** What this browser holds (storage refused: nothing, and it says so). */
export function readFollowUps(): FollowUpsRead {
  try {
    return parseFollowUps(localStorage.getItem(FOLLOW_UPS_KEY));
  } catch {
    return { followUps: { applications: [] }, problem: 'refused' };
  }
}

/**
 * Writes, or removes when there is nothing; false when the browser would not store it, or when
 * what would be stored is not what the reader accepts (too many, too big): never a list that
 * the next read would refuse.
 */
export function writeFollowUps(followUps: FollowUps): boolean {
  const text = JSON.stringify(followUps);
  if (followUps.applications.length && parseFollowUps(text).problem) return false;
  try {
    if (followUps.applications.length) localStorage.setItem(FOLLOW_UPS_KEY, text);
    else localStorage.removeItem(FOLLOW_UPS_KEY);
    return true;
  } catch {
    return false;
  }
}
