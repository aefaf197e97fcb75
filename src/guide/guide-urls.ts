/** Addresses of the guide's pages. Answers are URL segments, so a path reads like the answers. */
export const GUIDE_ROOT = '/guide/';

/** /guide/outcomes/<id>/ is each outcome's own page. */
export const OUTCOMES_SEGMENT = 'outcomes';

/** Lower-case words joined by hyphens: the shape of every answer slug and state id. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const pathUrl = (answers: readonly string[]) =>
  answers.length ? `${GUIDE_ROOT}${answers.join('/')}/` : GUIDE_ROOT;

export const outcomeUrl = (outcomeId: string) => `${GUIDE_ROOT}${OUTCOMES_SEGMENT}/${outcomeId}/`;

/** Where a reader can carry on from: an outcome's own page when no answers led there. */
export const furthestUrl = (place: { answers: readonly string[]; stateId: string; done: boolean }) =>
  place.done && place.answers.length === 0 ? outcomeUrl(place.stateId) : pathUrl(place.answers);
