import { getCollection, type CollectionEntry } from 'astro:content';
import { answersOf } from '../guide/guide-model';
import { checkGuideText } from './guide-text-checks';

/**
 * The guide's wording (content/guide/<question-id>.md) joined with its structure (the machine),
 * checked both ways when the site builds: every question has a file, every file is a question,
 * and each file has exactly the question's answers. A mismatch stops the build naming the file
 * and the answer.
 */

type QuestionEntry = CollectionEntry<'guide'>;
export type QuestionText = QuestionEntry['data'];
export type AnswerText = QuestionText['answers'][string] & { slug: string; to: string };

export interface GuideText {
  question(stateId: string): QuestionText;
  /** A question's answers in the machine's order, with their wording and where they lead. */
  answers(stateId: string): AnswerText[];
  answer(stateId: string, slug: string): AnswerText;
}

let loaded: Promise<GuideText> | undefined;

export function getGuideText(): Promise<GuideText> {
  loaded ??= getCollection('guide').then((entries) => {
    checkGuideText(entries);
    const byId = new Map(entries.map((entry) => [entry.id, entry.data]));
    const question = (stateId: string) => {
      const text = byId.get(stateId);
      if (!text) throw new Error(`"${stateId}" is not a question of the guide.`);
      return text;
    };
    const answers = (stateId: string) =>
      answersOf(stateId).map(({ slug, to }) => ({ ...question(stateId).answers[slug]!, slug, to }));
    return {
      question,
      answers,
      answer(stateId, slug) {
        const found = answers(stateId).find((answer) => answer.slug === slug);
        if (!found) throw new Error(`"${slug}" is not an answer to "${stateId}".`);
        return found;
      },
    };
  });
  return loaded;
}
