import { expect, test } from 'vitest';
import { NAV_LINKS } from '../../src/lib/site';
import { hasUiKey } from '../../src/i18n';

test('the main menu links the guide, the article, the questions and the reader’s follow-ups, in that order', () => {
  expect(NAV_LINKS.map((link) => link.href)).toEqual(['/guide/', '/article/', '/questions/', '/follow-ups/']);
  expect(NAV_LINKS.map((link) => link.label)).toEqual(['nav.guide', 'nav.article', 'nav.questions', 'nav.followUps']);
  for (const link of NAV_LINKS) expect(hasUiKey(link.label), link.label).toBe(true);
});

