import { allPaths, answeredQuestions, isOutcome, type GuidePath } from '../guide/guide-model';
import { CHANNEL_FACTS } from '../message/opening-channel';
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
    // An answer that says how you talk (it establishes a channel fact) is left out of the route.
    const saysHowYouTalk = ({ stateId, slug }: { stateId: string; slug: string }) =>
      text.answer(stateId, slug).establishes.some((fact) => channelOnly.has(fact));
    for (const path of allPaths().filter((candidate) => isOutcome(candidate.stateId))) {
      const rest = answeredQuestions(path.answers).filter((answered) => !saysHowYouTalk(answered));
      const key = `${path.stateId}:${rest.map(({ slug }) => slug).join('/')}`;
      const route = routes.get(key);
      if (route) route.paths.push(path);
      else routes.set(key, { ...path, paths: [path] });
    }
    return [...routes.values()];
  })();
  return cached;
}
