import type { AnyStateNode } from 'xstate';
import { guideMachine } from './guide-machine';
import type { GuideStateMeta, OutcomeKind, OutcomeMeta, QuestionMeta } from './state-builders';

/** Reads the question text, answer labels and outcome kinds stored in the machine's meta. */

const stateNodes = guideMachine.root.states as Record<string, AnyStateNode>;

export const STATE_IDS = Object.keys(stateNodes);

export function stateMeta(stateId: string): GuideStateMeta {
  const node = stateNodes[stateId];
  if (!node) throw new Error(`The guide has no state "${stateId}".`);
  return node.meta as GuideStateMeta;
}

export function questionMeta(stateId: string): QuestionMeta {
  const meta = stateMeta(stateId);
  if (meta.kind !== 'question') throw new Error(`"${stateId}" is an outcome, not a question.`);
  return meta;
}

export function outcomeKind(stateId: string): OutcomeKind {
  return (stateMeta(stateId) as OutcomeMeta).outcome;
}

/** The label and explanation of one answer to one question. */
export function answerOf(stateId: string, slug: string) {
  const answer = questionMeta(stateId).answers.find((candidate) => candidate.slug === slug);
  if (!answer) throw new Error(`"${slug}" is not an answer to "${stateId}".`);
  return answer;
}
