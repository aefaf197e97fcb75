import { allPaths, answeredQuestions, isOutcome } from '../guide/guide-model';
import { getMoveOns, getTemplates } from './guide-content';
import { getGuideText } from './guide-text';

/**
 * The words readers use, for the counsellors' filter: each outcome's keywords and, for each path
 * (its answers joined by "/", as the page's data-directory-path), the keywords of its answers.
 * The same content search weights, never written twice; fetched when the filter is first used,
 * so the page itself stays one small response.
 */
export interface DirectoryWords {
  outcomes: Record<string, string[]>;
  paths: Record<string, string[]>;
}

export async function directoryWords(): Promise<DirectoryWords> {
  const [templates, moveOns, text] = await Promise.all([getTemplates(), getMoveOns(), getGuideText()]);
  const outcomes = Object.fromEntries([...templates, ...moveOns].map(([id, entry]) => [id, entry.data.keywords]));
  const paths = Object.fromEntries(
    allPaths()
      .filter((path) => isOutcome(path.stateId))
      .map((path) => [
        path.answers.join('/'),
        [...new Set(answeredQuestions(path.answers).flatMap(({ stateId, slug }) => text.answer(stateId, slug).keywords))],
      ]),
  );
  return { outcomes, paths };
}
