import { answersOf, GUIDE_START, QUESTION_IDS } from '../guide/guide-model';
import { makeReader, NEGATIONS, type Lexicon } from '../words/reader-words';
import type { DescribeData } from './suggest';

/** The guide's wording the box shows and matches (content/guide/, and the outcomes' titles). */
export interface DescribeWording {
  question(questionId: string): { question: string; answers: Record<string, { label: string; keywords: string[] }> };
  outcomes: Record<string, string>;
}

/**
 * What the "what happened?" box and search load on first use (/guide/describe.json): the guide's
 * questions as the machine has them, each answer with its label and the words readers use for it,
 * the outcomes' titles, and the editor's word lists (content/words/). A keyword that says nothing
 * once the ignored words are gone ("what now") would match any sentence, so it stops the build.
 */
export function describeData(lexicon: Lexicon, wording: DescribeWording): DescribeData {
  const reader = makeReader(lexicon);
  const telling = (questionId: string, slug: string, keywords: string[]) =>
    keywords.map((keyword) => {
      if (!reader.terms(keyword).some(({ term }) => !NEGATIONS.has(term))) {
        throw new Error(
          `content/guide/${questionId}.md, answer "${slug}": the keyword "${keyword}" is made only of words the site ignores or of "not" ` +
            '(content/words/reader-words.md), so it would match almost anything a reader types. Give it a word that says something.',
        );
      }
      return keyword;
    });
  return {
    lexicon,
    start: GUIDE_START,
    questions: Object.fromEntries(
      QUESTION_IDS.map((questionId) => {
        const text = wording.question(questionId);
        const answers = answersOf(questionId).map(({ slug, to }) => {
          const answer = text.answers[slug]!;
          return { slug, to, label: answer.label, words: telling(questionId, slug, answer.keywords) };
        });
        return [questionId, { question: text.question, answers }];
      }),
    ),
    outcomes: wording.outcomes,
  };
}
