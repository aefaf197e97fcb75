import { getCollection, type CollectionEntry } from 'astro:content';
import { QUESTION_GROUP_IDS } from './question-groups';
import { checkRelatedQuestions } from './question-checks';

export type Question = CollectionEntry<'questions'>;

/** All questions, checked, in the index's order: by group, then by title. */
export async function getQuestions(): Promise<Question[]> {
  const questions = await getCollection('questions');
  checkRelatedQuestions(questions);
  return questions.sort(
    (a, b) =>
      QUESTION_GROUP_IDS.indexOf(a.data.group) - QUESTION_GROUP_IDS.indexOf(b.data.group) || a.data.title.localeCompare(b.data.title),
  );
}

export const questionPath = (id: string) => `/questions/${id}/`;
