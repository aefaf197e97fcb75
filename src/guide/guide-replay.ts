import { ANSWER_SLUGS, answersOf, GUIDE_ROOT, GUIDE_START, isOutcome, OUTCOMES_SEGMENT, SLUG_PATTERN, STATE_IDS } from './guide-model';
import { furthestUrl, isGuidePath } from './guide-urls';
import { MAP_SEGMENT, mapUrl } from './map-urls';

/**
 * Turns a /guide/… address into the reader's place in the guide by replaying each segment as
 * an answer on the machine. Used at build time, by the island, and by the 404 page, so every
 * broken or tampered link gets the same diagnosis.
 */

export type ReplayProblem =
  | { kind: 'malformed'; segment: string }
  | { kind: 'unknown-answer'; segment: string; stateId: string }
  | { kind: 'skipped-question'; segment: string; stateId: string }
  | { kind: 'after-outcome'; segment: string; stateId: string }
  | { kind: 'unknown-outcome'; segment: string }
  | { kind: 'not-guide' };

export interface Replay {
  /** The answers that made sense, in order (all of them when nothing was wrong). */
  answers: string[];
  /** Where those answers lead: the furthest valid step. */
  stateId: string;
  /** Whether that step is an outcome. */
  done: boolean;
  /** What was wrong with the address, if anything. */
  problem?: ReplayProblem;
  /** The address was a map link (/guide/map/…): the way on is the map, not the guide. */
  onMap?: true;
}


/** The file a static host serves for a folder's address, which may show in a copied link. */
const INDEX_FILE = 'index.html';

export function replayAnswers(segments: readonly string[]): Replay {
  let stateId = GUIDE_START;
  const answers: string[] = [];
  const here = (): Replay => ({ answers: [...answers], stateId, done: isOutcome(stateId) });

  for (const segment of segments) {
    if (!SLUG_PATTERN.test(segment)) return { ...here(), problem: { kind: 'malformed', segment } };
    if (isOutcome(stateId)) return { ...here(), problem: { kind: 'after-outcome', segment, stateId } };
    const answer = answersOf(stateId).find(({ slug }) => slug === segment);
    if (!answer) {
      const kind = ANSWER_SLUGS.has(segment) ? 'skipped-question' : 'unknown-answer';
      return { ...here(), problem: { kind, segment, stateId } };
    }
    stateId = answer.to;
    answers.push(segment);
  }
  return here();
}

/**
 * Replays an address's path, such as "/guide/no-reply/date-passed/". A query string is never part
 * of a guide address (links shared on social sites gain utm_… or fbclid), so it is not looked at.
 * What typing or a server adds to an address by the way is read past: capitals
 * ("/guide/No-Reply/"), doubled slashes, a missing last slash, and a last "index.html".
 */
export function replayUrl(pathname: string): Replay {
  if (!isGuidePath(pathname)) return { ...replayAnswers([]), problem: { kind: 'not-guide' } };
  const root = GUIDE_ROOT.slice(0, -1);
  const path = pathname.toLowerCase();
  let raw: string[];
  try {
    raw = path.slice(root.length).split('/').map((segment) => decodeURIComponent(segment));
  } catch {
    return { ...replayAnswers([]), problem: { kind: 'malformed', segment: pathname } };
  }
  const segments = raw.filter((segment) => segment !== '');
  if (segments.at(-1) === INDEX_FILE) segments.pop();
  if (segments[0] === MAP_SEGMENT) {
    // A map link: the rest is a path to highlight on the map.
    return { ...replayAnswers(segments.slice(1)), onMap: true };
  }
  if (segments[0] === OUTCOMES_SEGMENT) {
    // An outcome's own page: no answers, just the outcome.
    const outcome = segments[1] ?? '';
    if (STATE_IDS.includes(outcome) && isOutcome(outcome)) {
      const page: Replay = { answers: [], stateId: outcome, done: true };
      const extra = segments[2];
      return extra === undefined ? page : { ...page, problem: { kind: 'after-outcome', segment: extra, stateId: outcome } };
    }
    const problem: ReplayProblem = { kind: 'unknown-outcome', segment: outcome };
    return { ...replayAnswers([]), problem };
  }
  return replayAnswers(segments);
}

/** The page a replayed address leads on to: its furthest valid step, on the map for a map link. */
export const replayPageUrl = (replay: Replay): string => (replay.onMap ? mapUrl(replay.answers) : furthestUrl(replay));
