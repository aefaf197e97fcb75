import { describe, expect, test } from 'vitest';
import { problemTexts, searchTexts } from '../../src/lib/client-texts';
import { pluralForms, t, uiTemplate } from '../../src/i18n';

describe('strings handed to client scripts', () => {
  test('each broken-link problem has its own sentence, placeholders kept for the script to fill', () => {
    expect(problemTexts()).toEqual({
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
    const sentences = Object.values(problemTexts());
    expect(new Set(sentences).size).toBe(sentences.length);
    expect(problemTexts()['unknown-answer']).toContain('{segment}');
  });

  test('the search panel gets its status lines, with plural forms, and a name for each kind of result', () => {
    const texts = searchTexts();
    expect(texts).toEqual({
      empty: t('search.status.empty'),
      loading: t('search.status.loading'),
      unavailable: t('search.status.unavailable'),
      failed: t('search.status.failed'),
      none: uiTemplate('search.status.none'),
      noneOfType: uiTemplate('search.status.noneOfType'),
      closest: uiTemplate('search.status.closest'),
      tryGuide: t('search.tryGuide'),
      guide: t('search.resultType.guide'),
      found: pluralForms('search.status.found'),
      foundMore: uiTemplate('search.status.foundMore'),
      types: {
        article: t('search.type.article'),
        question: t('search.resultType.question'),
        template: t('search.resultType.template'),
        'move-on': t('search.type.move-on'),
      },
    });
    expect(texts.none).toContain('{term}');
    expect(texts.found.other).toContain('{count}');
  });
});
