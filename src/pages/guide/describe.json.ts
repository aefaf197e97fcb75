import type { APIRoute } from 'astro';
import { describeData } from '../../describe/describe-data';
import type { DescribeFile } from '../../describe/describe-client';
import { outcomeTitles } from '../../lib/guide-content';
import { getGuideText } from '../../lib/guide-text';
import { pluralForms, uiTemplate } from '../../i18n';
import { getLexicon } from '../../words/lexicon';

/** What the "what happened?" box and search load on first use (see src/describe/describe-data.ts). */
export const GET: APIRoute = async () => {
  const [lexicon, text, outcomes] = await Promise.all([getLexicon(), getGuideText(), outcomeTitles()]);
  const file: DescribeFile = {
    ...describeData(lexicon, { question: (questionId) => text.question(questionId), outcomes }),
    texts: {
      count: pluralForms('describe.count'),
      none: uiTemplate('describe.none'),
      next: uiTemplate('describe.next'),
      advice: uiTemplate('describe.advice'),
    },
  };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
