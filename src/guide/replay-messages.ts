import { formatText } from '../i18n/format';
import type { ReplayProblem } from './guide-replay';
import { shortQuote } from '../lib/short-quote';

/**
 * The sentences that explain a broken link, with their placeholders ({segment}, {question},
 * {title}). They come from src/i18n through the page (BrokenLinkNotice.astro carries them for the
 * client script; see problemTexts() in src/lib/client-texts.ts).
 */
export type ProblemTexts = Record<ReplayProblem['kind'] | 'no-outcome' | 'named-question' | 'this-question', string>;

/**
 * A plain sentence telling the reader what was wrong with the link they followed. Question
 * wording is content, so the caller says how to name a question (the 404 page carries the
 * titles; anywhere else "this question" is said).
 */
export function describeProblem(
  problem: ReplayProblem,
  texts: ProblemTexts,
  questionTitle: (stateId: string) => string | undefined = () => undefined,
): string {
  const question = (stateId: string) => {
    const title = questionTitle(stateId);
    return title ? formatText(texts['named-question'], { title }) : texts['this-question'];
  };
  if (problem.kind === 'not-guide') return texts['not-guide'];
  const segment = shortQuote(problem.segment);
  switch (problem.kind) {
    case 'unknown-answer':
    case 'skipped-question':
      return formatText(texts[problem.kind], { segment, question: question(problem.stateId) });
    case 'unknown-outcome':
      return problem.segment ? formatText(texts['unknown-outcome'], { segment }) : texts['no-outcome'];
    case 'malformed':
    case 'after-outcome':
      return formatText(texts[problem.kind], { segment });
  }
}
