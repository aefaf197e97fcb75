import { questionMeta } from './machine-meta';
import type { ReplayProblem } from './guide-replay';

export const BROKEN_LINK_TITLE = 'This link is out of date or mistyped';

/** A plain sentence telling the reader what was wrong with the link they followed. */
export function describeProblem(problem: ReplayProblem): string {
  switch (problem.kind) {
    case 'malformed':
      return `Part of the address (“${problem.segment}”) is not something the guide uses.`;
    case 'unknown-answer':
      return `“${problem.segment}” is not one of the answers to “${questionMeta(problem.stateId).question}”.`;
    case 'skipped-question':
      return `The link skips a question: it needs an answer to “${questionMeta(problem.stateId).question}” before “${problem.segment}”.`;
    case 'after-outcome':
      return `The link carries on (“${problem.segment}”) after the guide has already given its advice.`;
    case 'unknown-outcome':
      return problem.segment
        ? `The guide has no advice called “${problem.segment}”.`
        : 'The link names no piece of advice.';
    case 'query':
      return 'The address has extra text after a question mark that the guide does not use.';
    case 'not-guide':
      return 'This address is not part of the guide.';
  }
}
