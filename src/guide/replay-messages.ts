import type { ReplayProblem } from './guide-replay';

export const BROKEN_LINK_TITLE = 'This link is out of date or mistyped';

/** The longest part of a bad address we quote back: enough to recognise, never a wall of text. */
const MAX_QUOTE = 40;

/**
 * A short, safe excerpt of what the reader's link contained: control and direction-override
 * characters removed, and cut to a few words (a tampered link can carry kilobytes).
 */
export function quoteSegment(segment: string): string {
  const clean = segment.replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  const chars = [...clean];
  return chars.length > MAX_QUOTE ? `${chars.slice(0, MAX_QUOTE).join('')}…` : clean;
}

/**
 * A plain sentence telling the reader what was wrong with the link they followed. Question
 * wording is content, so the caller says how to name a question (the 404 page carries the
 * titles; anywhere else "this question" is said).
 */
export function describeProblem(problem: ReplayProblem, questionTitle: (stateId: string) => string | undefined = () => undefined): string {
  const named = (stateId: string) => {
    const title = questionTitle(stateId);
    return title ? `“${title}”` : 'this question';
  };
  switch (problem.kind) {
    case 'malformed':
      return `Part of the address (“${quoteSegment(problem.segment)}”) is not something the guide uses.`;
    case 'unknown-answer':
      return `“${quoteSegment(problem.segment)}” is not one of the answers to ${named(problem.stateId)}.`;
    case 'skipped-question':
      return `The link skips a question: it needs an answer to ${named(problem.stateId)} before “${quoteSegment(problem.segment)}”.`;
    case 'after-outcome':
      return `The link carries on (“${quoteSegment(problem.segment)}”) after the guide has already given its advice.`;
    case 'unknown-outcome':
      return problem.segment
        ? `The guide has no advice called “${quoteSegment(problem.segment)}”.`
        : 'The link names no piece of advice.';
    case 'not-guide':
      return 'This address is not part of the guide.';
  }
}
