import { pluralForms, t, uiTemplate } from '../i18n';
import type { ProblemTexts } from '../guide/replay-messages';
import type { NoticeTexts } from '../guide/notice-texts';
import type { SearchTexts } from '../search/search-texts';
import { SEARCH_TYPES } from '../search/search-types';

/**
 * The strings client scripts need, gathered from src/i18n on the server. Scripts never bundle the
 * dictionary: these reach them through the page (a data- attribute) or a file the build writes.
 * Strings keep their {placeholders}; the scripts fill them with formatText().
 */

/** What the broken-link notice says about each kind of problem (BrokenLinkNotice.astro). */
export const problemTexts = (): ProblemTexts => ({
  malformed: uiTemplate('notice.problem.malformed'),
  'unknown-answer': uiTemplate('notice.problem.unknownAnswer'),
  'skipped-question': uiTemplate('notice.problem.skippedQuestion'),
  'after-outcome': uiTemplate('notice.problem.afterOutcome'),
  'unknown-outcome': uiTemplate('notice.problem.unknownOutcome'),
  'no-outcome': uiTemplate('notice.problem.noOutcome'),
  'not-guide': uiTemplate('notice.problem.notGuide'),
  'named-question': uiTemplate('notice.problem.namedQuestion'),
  'this-question': uiTemplate('notice.problem.thisQuestion'),
});

/** Everything the broken-link notice says (src/pages/guide/notice-texts.json.ts). */
export const noticeTexts = (questionTitles: Record<string, string>): NoticeTexts => ({
  problems: problemTexts(),
  links: {
    guide: {
      title: t('notice.brokenLink.title'),
      kept: pluralForms('notice.brokenLink.furthestKept'),
      none: t('notice.brokenLink.toFirstQuestion'),
      advice: t('notice.brokenLink.toAdvice'),
    },
    map: {
      title: t('notice.mapLink.title'),
      kept: pluralForms('notice.mapLink.furthestKept'),
      none: t('notice.mapLink.whole'),
      advice: t('notice.mapLink.whole'),
    },
  },
  kept: uiTemplate('notice.brokenLink.kept'),
  noneKept: uiTemplate('notice.brokenLink.noneKept'),
  questionTitles,
});

/** The search panel's status lines and result kinds (src/pages/search/texts.json.ts). */
export const searchTexts = (): SearchTexts => ({
  empty: t('search.status.empty'),
  loading: t('search.status.loading'),
  unavailable: t('search.status.unavailable'),
  failed: t('search.status.failed'),
  none: uiTemplate('search.status.none'),
  noneOfType: uiTemplate('search.status.noneOfType'),
  found: pluralForms('search.status.found'),
  foundMore: uiTemplate('search.status.foundMore'),
  closest: uiTemplate('search.status.closest'),
  tryGuide: t('search.tryGuide'),
  guide: t('search.resultType.guide'),
  types: Object.fromEntries(SEARCH_TYPES.map((type) => [type.id, t(type.one)])) as SearchTexts['types'],
});
