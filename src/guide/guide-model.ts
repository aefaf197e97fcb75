import type { AnyStateNode } from 'xstate';
import { guideMachine } from './guide-machine';
import type { OutcomeKind } from './state-builders';

/**
 * The one way to read the guide machine: which questions and outcomes exist, each question's
 * answers and where they lead (read from XState's own state nodes, in answersOf), and every path
 * a reader can take (walked from those answers, never listed by hand). Pages, client scripts,
 * the address replay, the map and the tests all read it from here.
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

/**
 * A state node's answers in the order they are offered, each with the state it leads to, as
 * XState resolved them (so `{ target }` objects read like strings). Every page, link and map edge
 * assumes an answer always leads to one sibling state: a guard, an action, several targets or a
 * target elsewhere would make them lie, so each stops the build, named.
 */
export function answersOfNode(question: AnyStateNode): { slug: string; to: string }[] {
  return Object.entries(question.on).map(([slug, transitions]) => {
    const [transition, ...others] = transitions;
    const targets = transition?.target ?? [];
    const target = targets[0];
    if (!transition || others.length || transition.guard || transition.actions.length || targets.length !== 1 || target!.parent !== question.parent) {
      throw new Error(
        `The guide's answer "${slug}" on "${question.key}" must lead to exactly one other question or outcome, with no guard or action: ` +
          'pages, links and the map are built from where each answer leads.',
      );
    }
    return { slug, to: target!.key };
  });
}

/** A question's answers in the order they are offered, each with the state it leads to. */
export function answersOf(questionId: string): { slug: string; to: string }[] {
  if (!isQuestion(questionId)) throw new Error(`"${questionId}" is an outcome, not a question.`);
  return answersOfNode(node(questionId));
}

/** Every answer slug in the guide (they are unique, so a skipped question is detectable). */
export const ANSWER_SLUGS: ReadonlySet<string> = new Set(QUESTION_IDS.flatMap((id) => answersOf(id).map((answer) => answer.slug)));

/** One place in the guide: the answers given so far and the state they lead to. */
export interface GuidePath {
  answers: string[];
  stateId: string;
}

let cached: GuidePath[] | undefined;

/** Every path from the start to every reachable question and outcome, each path before those that go on from it. */
export function allPaths(): GuidePath[] {
  // `passed`: the states on the way here, this one included, so that a loop is caught, not walked for ever.
  const walk = (path: GuidePath, passed: readonly string[]): GuidePath[] => {
    if (isOutcome(path.stateId)) return [path];
    const onwards = answersOf(path.stateId).flatMap(({ slug, to }) => {
      if (passed.includes(to)) throw new Error(`The guide's answer "${slug}" on "${path.stateId}" leads back to "${to}": the guide must never go round in a loop.`);
      return walk({ answers: [...path.answers, slug], stateId: to }, [...passed, to]);
    });
    return [path, ...onwards];
  };
  cached ??= walk({ answers: [], stateId: GUIDE_START }, [GUIDE_START]);
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
 * How far through the guide a question is, as a promise the guide can keep: its number on the
 * reader's path, and at most how many questions may follow (the longest route from here), so
 * that along any path the number only goes up and what is left only goes down. `exact` when
 * every route from here is as long (then `total` is the path's length).
 */
export function questionProgress(answers: readonly string[], stateId: string): { number: number; more: number; total: number; exact: boolean } {
  const routes = questionsToAdvice(stateId);
  const longest = Math.max(...routes);
  return {
    number: answers.length + 1,
    more: longest - 1,
    total: answers.length + longest,
    exact: Math.min(...routes) === longest,
  };
}

/** The transitions as a directed graph (for the map). */
export function machineEdges(): { source: string; target: string; answer: string }[] {
  return QUESTION_IDS.flatMap((source) => answersOf(source).map(({ slug, to }) => ({ source, target: to, answer: slug })));
}

export { guideMachine };
