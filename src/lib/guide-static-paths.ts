import { allPaths } from '../guide/guide-model';

/** One page per place in the guide, addressed by its answers: for the steps and for the map. */
export function guideStaticPaths() {
  return allPaths().map(({ answers, stateId }) => ({
    params: { path: answers.length ? answers.join('/') : undefined },
    props: { answers, stateId },
  }));
}
