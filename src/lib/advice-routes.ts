import { allPaths, answeredQuestions, isOutcome, type GuidePath } from '../guide/guide-model';
import { CHANNEL_FACTS } from '../message/opening-channel';
import { factsOf } from './outcome-facts';
import { getGuideText } from './guide-text';

/**
 * The guide's routes to advice, for the counsellors' directory: every path to an outcome, except
 * that paths differing only in how the news came (email, text, LinkedIn…) are one route, shown by
 * its first path (email). They give the same advice; only the channel the message opens on
 * differs, and every message page offers every channel. Without this the directory would list
 * each route once per channel.
 */
export interface AdviceRoute extends GuidePath {
  /** Every path this route stands for (itself first): the same advice, told by other channels. */
  paths: GuidePath[];
}

let cached: Promise<AdviceRoute[]> | undefined;

export function adviceRoutes(): Promise<AdviceRoute[]> {
  cached ??= (async () => {
    const text = await getGuideText();
    // An automatic message also routes the advice (nobody to reply to), so it stays part of the route.
    const channelOnly = new Set(CHANNEL_FACTS.filter((fact) => fact !== 'automatic-message'));
    const routes = new Map<string, AdviceRoute>();
    for (const path of allPaths().filter((candidate) => isOutcome(candidate.stateId))) {
      const facts = factsOf(answeredQuestions(path.answers), { establishedBy: (question, slug) => text.answer(question, slug).establishes });
      const key = `${path.stateId}:${[...facts].filter((fact) => !channelOnly.has(fact)).sort().join(',')}`;
      const route = routes.get(key);
      if (route) route.paths.push(path);
      else routes.set(key, { ...path, paths: [path] });
    }
    return [...routes.values()];
  })();
  return cached;
}
