/** Addresses of the counsellors' pages and data (src/pages/counselors.astro and src/pages/counselors/). */
export const COUNSELLORS_ROOT = '/counselors/';

/** The whole guide on one printable page (overview.astro). */
export const OVERVIEW_URL = `${COUNSELLORS_ROOT}overview/`;

/** The words readers use, for the directory's filter (words.json.ts, see directory-words.ts). */
export const DIRECTORY_WORDS_URL = `${COUNSELLORS_ROOT}words.json`;
