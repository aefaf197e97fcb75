/** Addresses of the guide's pages. Answers are URL segments, so a path reads like the answers. */
export const GUIDE_ROOT = '/guide/';

/** Whether an address is the guide's, in any case ("/Guide/…" too), with or without its last slash. */
export function isGuidePath(pathname: string): boolean {
  const path = pathname.toLowerCase();
  return path.startsWith(GUIDE_ROOT) || `${path}/` === GUIDE_ROOT;
}

/** /guide/outcomes/<id>/ is each outcome's own page. */
export const OUTCOMES_SEGMENT = 'outcomes';

/** Lower-case words joined by hyphens: the shape of every answer slug and state id. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const pathUrl = (answers: readonly string[]) =>
  answers.length ? `${GUIDE_ROOT}${answers.join('/')}/` : GUIDE_ROOT;

export const outcomeUrl = (outcomeId: string) => `${GUIDE_ROOT}${OUTCOMES_SEGMENT}/${outcomeId}/`;

/** The query that opens an outcome's page straight in the print dialog, as a handout. */
export const PRINT_QUERY = 'print';

/** "Print handout": the outcome's page, printed as it opens (with JavaScript; without, just the page). */
export const handoutUrl = (outcomeId: string) => `${outcomeUrl(outcomeId)}?${PRINT_QUERY}`;

/** Where a reader can carry on from: an outcome's own page when no answers led there. */
export const furthestUrl = (place: { answers: readonly string[]; stateId: string; done: boolean }) =>
  place.done && place.answers.length === 0 ? outcomeUrl(place.stateId) : pathUrl(place.answers);
