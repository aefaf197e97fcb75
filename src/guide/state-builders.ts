/**
 * Builders for the guide machine's state nodes. A question's answers are written once, as a
 * list, and become both its transitions (`on`) and the labels shown to readers (`meta`), so the
 * two can never disagree.
 */

export type OutcomeKind = 'template' | 'move-on';

export interface AnswerSpec {
  /** The event type and the URL segment, e.g. "date-passed". */
  slug: string;
  label: string;
  /** Optional detail under the label. */
  hint?: string;
  /** Why this answer matters, said back to the reader on the outcome ("Why this fits"). */
  because: string;
  /** The next question or outcome (a state key). */
  to: string;
}

export interface QuestionMeta {
  kind: 'question';
  question: string;
  hint?: string;
  /** Short form of the question for "Your answers", e.g. "What happened". */
  shortLabel: string;
  answers: Omit<AnswerSpec, 'to'>[];
}

export interface OutcomeMeta {
  kind: 'outcome';
  outcome: OutcomeKind;
}

export type GuideStateMeta = QuestionMeta | OutcomeMeta;

export function question(spec: {
  question: string;
  shortLabel: string;
  hint?: string;
  answers: AnswerSpec[];
}) {
  const { answers, ...text } = spec;
  return {
    meta: {
      kind: 'question',
      ...text,
      answers: answers.map(({ to: _to, ...answer }) => answer),
    } satisfies QuestionMeta,
    on: Object.fromEntries(answers.map((answer) => [answer.slug, answer.to])),
  };
}

export function outcome(kind: OutcomeKind) {
  return {
    type: 'final' as const,
    tags: ['outcome', kind],
    meta: { kind: 'outcome', outcome: kind } satisfies OutcomeMeta,
  };
}
