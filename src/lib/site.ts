/** Site-wide facts used by layouts and meta tags. The origin itself is `site` in astro.config.mjs. */
export const SITE_NAME = 'After the No';

export const NAV_LINKS = [
  { href: '/guide/', label: 'The guide' },
  { href: '/article/', label: 'Article' },
  { href: '/questions/', label: 'Questions' },
] as const;
