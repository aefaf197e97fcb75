import type { APIRoute } from 'astro';
import { noticeTexts } from '../../lib/client-texts';
import { QUESTION_IDS } from '../../guide/guide-model';
import { getGuideText } from '../../lib/guide-text';

/** The broken-link notice's words, from src/i18n and content/guide/ (see src/guide/notice-texts.ts). */
export const GET: APIRoute = async () => {
  const text = await getGuideText();
  const questionTitles = Object.fromEntries(QUESTION_IDS.map((id) => [id, text.question(id).question]));
  return new Response(JSON.stringify(noticeTexts(questionTitles)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
