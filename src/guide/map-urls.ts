import { GUIDE_ROOT } from './guide-urls';

/** /guide/map/ is the map of the guide; /guide/map/<answers>/ highlights the path a reader took. */
export const MAP_SEGMENT = 'map';
export const MAP_ROOT = `${GUIDE_ROOT}${MAP_SEGMENT}/`;

export const mapUrl = (answers: readonly string[]) => (answers.length ? `${MAP_ROOT}${answers.join('/')}/` : MAP_ROOT);

/** A canonical outcome page has no path: its link points at the outcome's node instead. */
export const mapNodeUrl = (stateId: string) => `${MAP_ROOT}#map-${stateId}`;
