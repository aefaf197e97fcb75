import type { AnyStateNode } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import { guideMachine } from './guide-machine';
import type { OutcomeKind } from './state-builders';

/**
 * The one way to read the guide machine: which questions and outcomes exist, each question's
 * answers and where they lead, and every path a reader can take (enumerated by xstate/graph,
 * never listed by hand). Pages, client scripts, the map and the tests all read it from here.
 */

export type { OutcomeKind } from './state-builders';
export { GUIDE_ROOT, OUTCOMES_SEGMENT, SLUG_PATTERN, pathUrl, outcomeUrl, handoutUrl, PRINT_QUERY, furthestUrl } from './guide-urls';

const stateNodes = guideMachine.root.states as Record<string, AnyStateNode>;

/** The first question. */
export const GUIDE_START = String(guideMachine.config.initial);

export const STATE_IDS = Object.keys(stateNodes);

function node(stateId: string): AnyStateNode {
  const found = stateNodes[stateId];
  if (!found) throw new Error(`The guide has no state "${stateId}".`);
  return found;
}

export const isOutcome = (stateId: string): boolean => node(stateId).type === 'final';
export const isQuestion = (stateId: string): boolean => !isOutcome(stateId);

/** Whether an outcome is a message to send or a recommendation to move on. */
export function outcomeKind(stateId: string): OutcomeKind {
  if (!isOutcome(stateId)) throw new Error(`"${stateId}" is a question, not an outcome.`);
  return node(stateId).tags.includes('template') ? 'template' : 'move-on';
}

export const QUESTION_IDS = STATE_IDS.filter(isQuestion);
export const OUTCOME_IDS = STATE_IDS.filter(isOutcome);
export const outcomeIdsOfKind = (kind: OutcomeKind) => OUTCOME_IDS.filter((id) => outcomeKind(id) === kind);

/** A question's answers in the order they are offered, each with the state it leads to. */
export function answersOf(questionId: string): { slug: string; to: string }[] {
  if (!isQuestion(questionId)) throw new Error(`"${questionId}" is an outcome, not a question.`);
  return Object.entries((node(questionId).config.on ?? {}) as Record<string, string>).map(([slug, to]) => ({ slug, to }));
}

/** Every answer slug in the guide (they are unique, so a skipped question is detectable). */
export const ANSWER_SLUGS: ReadonlySet<string> = new Set(QUESTION_IDS.flatMap((id) => answersOf(id).map((answer) => answer.slug)));

/** One place in the guide: the answers given so far and the state they lead to. */
export interface GuidePath {
  answers: string[];
  stateId: string;
}

let cached: GuidePath[] | undefined;

/** Every path from the start to every reachable question and outcome. */
export function allPaths(): GuidePath[] {
  cached ??= getSimplePaths(guideMachine).map((path) => ({
    // The first step of each path is the machine's own start-up event.
    answers: path.steps.slice(1).map((step) => step.event.type),
    stateId: String(path.state.value),
  }));
  return cached;
}

/** Every path that ends at one state. */
export const pathsTo = (stateId: string) => allPaths().filter((path) => path.stateId === stateId);

/** The shortest path to a state (the address a map node or directory entry links to). */
export const shortestPathTo = (stateId: string) =>
  pathsTo(stateId).reduce((best, path) => (path.answers.length < best.answers.length ? path : best));

/** For each answer on a path, the question it answered. */
export function answeredQuestions(answers: readonly string[]): { stateId: string; slug: string }[] {
  let stateId = GUIDE_START;
  return answers.map((slug, index) => {
    const answer = isQuestion(stateId) ? answersOf(stateId).find((candidate) => candidate.slug === slug) : undefined;
    if (!answer) throw new Error(`No guide path leads to /${answers.slice(0, index + 1).join('/')}.`);
    const answered = { stateId, slug };
    stateId = answer.to;
    return answered;
  });
}

/** How many questions each route from a state to advice asks, that state's own included. */
export function questionsToAdvice(stateId: string): number[] {
  if (isOutcome(stateId)) return [0];
  return answersOf(stateId).flatMap(({ to }) => questionsToAdvice(to).map((count) => count + 1));
}

/**
 * "Question 2 of about 4": the question's number on the reader's path, and how many questions
 * such a path usually has (the average route from here); exact when every route is as long.
 */
export function questionProgress(answers: readonly string[], stateId: string): { number: number; total: number; exact: boolean } {
  const routes = questionsToAdvice(stateId);
  const average = routes.reduce((sum, count) => sum + count, 0) / routes.length;
  return {
    number: answers.length + 1,
    total: answers.length + Math.round(average),
    exact: Math.min(...routes) === Math.max(...routes),
  };
}

/** The transitions as a directed graph (for the map). */
export function machineEdges(): { source: string; target: string; answer: string }[] {
  return QUESTION_IDS.flatMap((source) => answersOf(source).map(({ slug, to }) => ({ source, target: to, answer: slug })));
}

export { guideMachine };
