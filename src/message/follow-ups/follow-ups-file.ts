import { MAX_APPLICATIONS, MAX_STORED_CHARS, parseFollowUps, type Application, type FollowUps } from './follow-ups-store';

/**
 * The file a reader exports to carry their follow-ups to another device, and reading it back. A
 * named wrapper says what the file is; a bare stored value (copied out of the browser by hand) is
 * read too. Either is checked as strictly as what is stored.
 */

export const FILE_KIND = 'after-the-no follow-ups';
export const FILE_VERSION = 1;

/** The export: every application, without which one is current (that belongs to this browser). */
export function followUpsFile(followUps: FollowUps): string {
  return `${JSON.stringify({ kind: FILE_KIND, version: FILE_VERSION, applications: followUps.applications }, null, 2)}\n`;
}

export type FileProblem = 'unreadable' | 'too-big' | 'empty';

/** The applications in an exported (or stored) file, or why none can be taken from it. */
export function readFollowUpsFile(text: string): { applications: Application[] } | { problem: FileProblem } {
  // Checked before parsing: a huge file is refused without being read.
  if (text.length > MAX_STORED_CHARS) return { problem: 'too-big' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: 'unreadable' };
  }
  const wrapped = typeof parsed === 'object' && parsed !== null && (parsed as { kind?: unknown }).kind === FILE_KIND;
  if (wrapped && (parsed as { version?: unknown }).version !== FILE_VERSION) return { problem: 'unreadable' };
  const read = parseFollowUps(wrapped ? JSON.stringify({ applications: (parsed as { applications?: unknown }).applications }) : text);
  if (read.problem) return { problem: read.problem === 'too-big' ? 'too-big' : 'unreadable' };
  return read.followUps.applications.length ? { applications: read.followUps.applications } : { problem: 'empty' };
}

/**
 * The imported applications merged into the list: one with an id already here replaces it (the
 * same application, edited on the other device), the rest are added. Undefined when the list
 * would grow past its limit, so that nothing is half-imported.
 */
export function mergeFollowUps(followUps: FollowUps, imported: readonly Application[]): { followUps: FollowUps; added: number; replaced: number } | undefined {
  const byId = new Map(imported.map((application) => [application.id, application]));
  const applications = followUps.applications.map((application) => byId.get(application.id) ?? application);
  const replaced = followUps.applications.filter((application) => byId.has(application.id)).length;
  const known = new Set(followUps.applications.map((application) => application.id));
  const added = imported.filter((application) => !known.has(application.id));
  if (applications.length + added.length > MAX_APPLICATIONS) return undefined;
  return { followUps: { ...followUps, applications: [...applications, ...added] }, added: added.length, replaced };
}
