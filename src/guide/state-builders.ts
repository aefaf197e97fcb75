/**
 * Builders for the guide machine's state nodes. The machine holds structure only: which answers a
 * question has and where each leads, and which outcomes exist. Every word a reader sees lives in
 * content/guide/ (questions) and content/templates/, content/move-on/ (outcomes).
 */

export type OutcomeKind = 'template' | 'move-on';

export const QUESTION_TAG = 'question';
export const OUTCOME_TAG = 'outcome';

/** A question: each answer (event type and URL segment, e.g. "date-passed") and the state it leads to. */
export function question(answers: Record<string, string>) {
  return { tags: [QUESTION_TAG], on: answers };
}

/** An outcome: a final state, either a message to send or a recommendation to move on. */
export function outcome(kind: OutcomeKind) {
  return { type: 'final' as const, tags: [OUTCOME_TAG, kind] };
}
