import { getCollection, type CollectionEntry } from 'astro:content';
import { QUESTION_GROUPS } from './question-groups';
import { checkRelatedQuestions } from './question-checks';

export type Question = CollectionEntry<'questions'>;

/** All questions, checked, in the index's order: by group, then by title. */
export async function getQuestions(): Promise<Question[]> {
  const questions = await getCollection('questions');
  checkRelatedQuestions(questions);
  const groupOrder = QUESTION_GROUPS.map((group) => group.id);
  return questions.sort(
    (a, b) =>
      groupOrder.indexOf(a.data.group) - groupOrder.indexOf(b.data.group) || a.data.title.localeCompare(b.data.title),
  );
}

export const questionPath = (id: string) => `/questions/${id}/`;
