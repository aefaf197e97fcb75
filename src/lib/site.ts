import { GUIDE_ROOT } from '../guide/guide-urls';
import { t, type PlainUiKey } from '../i18n';

/** Site-wide facts used by layouts and meta tags. The origin itself is `site` in astro.config.mjs. */
export const SITE_NAME = t('site.name');

/** The main menu; labels are keys of src/i18n. */
export const NAV_LINKS: readonly { href: string; label: PlainUiKey }[] = [
  { href: GUIDE_ROOT, label: 'nav.guide' },
  { href: '/article/', label: 'nav.article' },
  { href: '/questions/', label: 'nav.questions' },
  { href: '/follow-ups/', label: 'nav.followUps' },
];
