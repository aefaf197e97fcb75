import type { AstroIntegration } from 'astro';

/** Used when SITE_URL is not set: fine for development and tests, wrong for a real deployment. */
export const PLACEHOLDER_SITE_URL = 'https://after-the-no.example';

/**
 * The site's public address: SITE_URL at build time. It drives canonical URLs, the sitemap,
 * robots.txt, calendar reminders' links and the handouts' "come back" address.
 */
export const siteUrl = (env: Record<string, string | undefined> = process.env): string => env.SITE_URL || PLACEHOLDER_SITE_URL;

/** The warning a production build prints when the address is the placeholder. */
export const placeholderWarning = () =>
  `SITE_URL is not set, so canonical links, the sitemap, robots.txt and handouts use the placeholder ${PLACEHOLDER_SITE_URL}. ` +
  'For a real deployment, build with SITE_URL=https://your.domain npm run build.';

/** Warns at the start of a production build that is about to ship the placeholder address. */
export default function siteUrlCheck(env: Record<string, string | undefined> = process.env): AstroIntegration {
  return {
    name: 'after-the-no:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!env.SITE_URL) logger.warn(placeholderWarning());
      },
    },
  };
}
