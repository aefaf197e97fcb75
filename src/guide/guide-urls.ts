/** Addresses of the guide's pages. Answers are URL segments, so a path reads like the answers. */
export const GUIDE_ROOT = '/guide/';

export const pathUrl = (answers: readonly string[]) =>
  answers.length ? `${GUIDE_ROOT}${answers.join('/')}/` : GUIDE_ROOT;

export const outcomeUrl = (outcomeId: string) => `${GUIDE_ROOT}outcomes/${outcomeId}/`;

/** Where a reader can carry on from: an outcome's own page when no answers led there. */
export const furthestUrl = (place: { answers: readonly string[]; stateId: string; done: boolean }) =>
  place.done && place.answers.length === 0 ? outcomeUrl(place.stateId) : pathUrl(place.answers);
