import { LEGACY_REDIRECTS } from '../guide/legacy-redirects';
import { COUNSELLORS_ROOT } from './counsellor-urls';

/**
 * Every address the site answers with a 301, and where it leads: the guide's old addresses, and
 * the counsellors' page spelt as its labels spell it (and in the singular), since its own address
 * keeps the spelling of its first release. Astro writes a page at each; the build writes
 * dist/_redirects from the same map (src/integrations/static-host-files.ts).
 */
export const SITE_REDIRECTS: Readonly<Record<string, string>> = {
  ...LEGACY_REDIRECTS,
  '/counsellors/': COUNSELLORS_ROOT,
  '/counsellor/': COUNSELLORS_ROOT,
  '/counselor/': COUNSELLORS_ROOT,
};
