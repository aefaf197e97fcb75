import { answeredQuestions } from '../guide/guide-model';
import { adviceRoutes } from './advice-routes';
import { getMoveOns, getTemplates } from './guide-content';
import { getGuideText } from './guide-text';
import { getLexicon } from '../words/lexicon';
import type { Lexicon } from '../words/reader-words';

/**
 * The words readers use, for the counsellors' filter: each outcome's keywords and, for each route
 * (its answers joined by "/", as the page's data-directory-path), the keywords of its answers and
 * of the other channels' paths it stands for (advice-routes.ts).
 * The same content search weights, never written twice, and the editor's word lists that the
 * filter reads them with (src/words/); fetched when the filter is first used, so the page itself
 * stays one small response.
 */
export interface DirectoryWords {
  lexicon: Lexicon;
  outcomes: Record<string, string[]>;
  paths: Record<string, string[]>;
}

export async function directoryWords(): Promise<DirectoryWords> {
  const [templates, moveOns, text, routes, lexicon] = await Promise.all([getTemplates(), getMoveOns(), getGuideText(), adviceRoutes(), getLexicon()]);
  const outcomes = Object.fromEntries([...templates, ...moveOns].map(([id, entry]) => [id, entry.data.keywords]));
  const paths = Object.fromEntries(
    // A route's words include those of every channel it stands for ("rang me", "WhatsApp"…).
    routes.map((route) => [
      route.answers.join('/'),
      [...new Set(route.paths.flatMap((path) => answeredQuestions(path.answers).flatMap(({ stateId, slug }) => text.answer(stateId, slug).keywords)))],
    ]),
  );
  return { lexicon, outcomes, paths };
}
