import type { PluralForms } from '../i18n/format';
import type { ProblemTexts } from './replay-messages';

/**
 * What the broken-link notice says (BrokenLinkNotice.astro, filled in by
 * client/broken-link-notice.ts). Only a broken link needs these words, and on every guide page
 * they would add half a kilobyte to the first-render bytes, so the build writes them once, from
 * src/i18n and content/guide/, to this file (src/pages/guide/notice-texts.json.ts), and the
 * notice fetches it when a link turns out to be broken.
 */
export const NOTICE_TEXTS_URL = '/guide/notice-texts.json';

/** The notice's wording for one kind of link. */
export interface LinkTexts {
  title: string;
  kept: PluralForms;
  /** The way on when no answer was kept… */
  none: string;
  /** …and when the link named a piece of advice that exists. */
  advice: string;
}

export interface NoticeTexts {
  problems: ProblemTexts;
  /** The guide's and the map's wording: a map link is explained as one. */
  links: Record<'guide' | 'map', LinkTexts>;
  /** {problem}, when some answers were kept (or the advice named exists)… */
  kept: string;
  /** …and when none were. */
  noneKept: string;
  /** Each question's wording by state id, so the notice can name the question a link went wrong at. */
  questionTitles: Record<string, string>;
}

let loading: Promise<Partial<NoticeTexts>> | undefined;

/**
 * The notice's words, fetched once. If they can't be fetched the notice still shows, with the
 * general words its markup carries (an empty object here); the next broken link asks again.
 */
export function loadNoticeTexts(): Promise<Partial<NoticeTexts>> {
  loading ??= fetch(NOTICE_TEXTS_URL)
    .then((response) => (response.ok ? (response.json() as Promise<Partial<NoticeTexts>>) : Promise.reject(new Error(String(response.status)))))
    .catch(() => {
      loading = undefined;
      return {};
    });
  return loading;
}
