import { GUIDE_ROOT } from './guide-urls';

/** The map of the guide, optionally with the path a reader took highlighted. */
export const MAP_ROOT = `${GUIDE_ROOT}map/`;

export const mapUrl = (answers: readonly string[]) => (answers.length ? `${MAP_ROOT}${answers.join('/')}/` : MAP_ROOT);

/** A canonical outcome page has no path: its link points at the outcome's node instead. */
export const mapNodeUrl = (stateId: string) => `${MAP_ROOT}#map-${stateId}`;
