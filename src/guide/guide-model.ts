import { getSimplePaths } from 'xstate/graph';
import { guideMachine } from './guide-machine';
import { STATE_IDS, stateMeta, outcomeKind } from './machine-meta';
import type { OutcomeKind } from './state-builders';

/**
 * Build-time views of the guide machine for pages and tests: which questions and outcomes exist,
 * and every path a reader can take (enumerated by xstate/graph, never listed by hand).
 */

export { STATE_IDS, stateMeta, questionMeta, outcomeKind, answerOf } from './machine-meta';
export { GUIDE_ROOT, pathUrl, outcomeUrl } from './guide-urls';

export const QUESTION_IDS = STATE_IDS.filter((id) => stateMeta(id).kind === 'question');
export const OUTCOME_IDS = STATE_IDS.filter((id) => stateMeta(id).kind === 'outcome');

export const outcomeIdsOfKind = (kind: OutcomeKind) => OUTCOME_IDS.filter((id) => outcomeKind(id) === kind);

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

/** For each answer on a path, the question it answered. */
export function answeredQuestions(answers: readonly string[]): { stateId: string; slug: string }[] {
  const stateAfter = new Map(allPaths().map((path) => [path.answers.join('/'), path.stateId]));
  return answers.map((slug, index) => {
    const stateId = stateAfter.get(answers.slice(0, index).join('/'));
    if (!stateId) throw new Error(`No guide path leads to /${answers.slice(0, index).join('/')}.`);
    return { stateId, slug };
  });
}
