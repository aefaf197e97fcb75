import { pluralForms, t, uiTemplate } from '../i18n';
import type { ProblemTexts } from '../guide/replay-messages';
import type { NoticeTexts } from '../guide/notice-texts';
import type { SearchTexts } from '../search/search-texts';
import { SEARCH_TYPES } from '../search/search-types';
import type { FollowUpsTexts } from '../message/follow-ups/follow-ups-texts';

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

/** What the follow-ups page's script says (src/pages/follow-ups.astro). */
export const followUpsTexts = (): FollowUpsTexts => ({
  unnamed: uiTemplate('followUps.unnamed'),
  sentItem: uiTemplate('followUps.sentItem'),
  unknownTemplate: t('followUps.unknownTemplate'),
  unknownChannel: t('followUps.unknownChannel'),
  checkIn: uiTemplate('followUps.next.checkIn'),
  checkInNow: t('followUps.next.checkInNow'),
  lookAgain: uiTemplate('followUps.next.lookAgain'),
  lookAgainNow: t('followUps.next.lookAgainNow'),
  rest: t('followUps.next.rest'),
  nothingSent: t('followUps.next.nothingSent'),
  saved: uiTemplate('followUps.saved'),
  deleted: uiTemplate('followUps.deleted'),
  restored: uiTemplate('followUps.restored'),
  notSaved: t('followUps.notSaved'),
  exported: uiTemplate('followUps.exported'),
  exportEmpty: t('followUps.exportEmpty'),
  fileName: t('followUps.fileName'),
  imported: pluralForms('followUps.imported'),
  importedUpdated: pluralForms('followUps.importedUpdated'),
  importProblems: {
    unreadable: t('followUps.import.unreadable'),
    'too-big': t('followUps.import.tooBig'),
    empty: t('followUps.import.empty'),
    full: uiTemplate('followUps.import.full'),
  },
  importReplace: t('followUps.import.replace'),
  importReplaceYes: t('followUps.import.replaceYes'),
  deleteAllAsk: t('followUps.deleteAll.ask'),
  deleteAllYes: t('followUps.deleteAll.yes'),
  deleteAllDone: t('followUps.deleteAll.done'),
  problems: {
    unreadable: t('followUps.problem.unreadable'),
    'too-big': t('followUps.problem.tooBig'),
    refused: t('followUps.problem.refused'),
  },
  storedFileName: t('followUps.storedFileName'),
  startAgainAsk: t('followUps.startAgain.ask'),
  startAgainYes: t('followUps.startAgain.yes'),
  startAgainDone: t('followUps.startAgain.done'),
});
