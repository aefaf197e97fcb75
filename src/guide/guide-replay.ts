import { initialTransition, transition } from 'xstate';
import { guideMachine } from './guide-machine';

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
  | { kind: 'query' }
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
}

/** /guide/outcomes/<id>/ pages are built for every outcome; any other id there is a bad link. */
const OUTCOMES_SEGMENT = 'outcomes';

const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every answer slug the machine knows, to tell a skipped question from a made-up answer. */
const KNOWN_ANSWERS = new Set(
  Object.values(guideMachine.root.states).flatMap((node) => Object.keys(node.config.on ?? {})),
);

export function replayAnswers(segments: readonly string[]): Replay {
  let [snapshot] = initialTransition(guideMachine);
  const answers: string[] = [];
  const here = (): Replay => ({ answers: [...answers], stateId: String(snapshot.value), done: snapshot.status === 'done' });

  for (const segment of segments) {
    const stateId = String(snapshot.value);
    if (!SEGMENT.test(segment)) return { ...here(), problem: { kind: 'malformed', segment } };
    if (snapshot.status === 'done') return { ...here(), problem: { kind: 'after-outcome', segment, stateId } };
    if (!snapshot.can({ type: segment })) {
      const kind = KNOWN_ANSWERS.has(segment) ? 'skipped-question' : 'unknown-answer';
      return { ...here(), problem: { kind, segment, stateId } };
    }
    [snapshot] = transition(guideMachine, snapshot, { type: segment });
    answers.push(segment);
  }
  return here();
}

/** Replays a full address (path and query) such as "/guide/no-reply/date-passed/". */
export function replayUrl(pathname: string, search = ''): Replay {
  const root = '/guide';
  if (pathname !== root && !pathname.startsWith(`${root}/`)) {
    return { ...replayAnswers([]), problem: { kind: 'not-guide' } };
  }
  let raw: string[];
  try {
    raw = pathname.slice(root.length).split('/').map((segment) => decodeURIComponent(segment));
  } catch {
    return { ...replayAnswers([]), problem: { kind: 'malformed', segment: pathname } };
  }
  // Allow the trailing slash (and a missing one) but not empty segments in the middle.
  const segments = raw.filter((segment, index) => segment !== '' || (index !== 0 && index !== raw.length - 1));
  if (segments[0] === OUTCOMES_SEGMENT) {
    // An outcome's own page: no answers, just the outcome.
    const outcome = segments[1] ?? '';
    if (guideMachine.root.states[outcome]?.type === 'final') {
      const page: Replay = { answers: [], stateId: outcome, done: true };
      const extra = segments[2];
      return extra === undefined ? page : { ...page, problem: { kind: 'after-outcome', segment: extra, stateId: outcome } };
    }
    const problem: ReplayProblem = { kind: 'unknown-outcome', segment: outcome };
    return { ...replayAnswers([]), problem };
  }
  const replay = replayAnswers(segments);
  if (!replay.problem && search && search !== '?') return { ...replay, problem: { kind: 'query' } };
  return replay;
}
