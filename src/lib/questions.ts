import { getCollection, type CollectionEntry } from 'astro:content';
import { QUESTION_GROUPS } from './question-groups';

export type Question = CollectionEntry<'questions'>;

/** Where an entry came from, for error messages an editor can act on. */
export const sourceOf = (entry: { id: string; filePath?: string | undefined }) =>
  entry.filePath ?? `questions/${entry.id}`;

/** Checks what a schema can't: that every `related` id names another existing question. */
export function checkRelatedQuestions(questions: readonly Pick<Question, 'id' | 'filePath' | 'data'>[]): void {
  const ids = new Set(questions.map((question) => question.id));
  for (const question of questions) {
    for (const related of question.data.related) {
      if (related === question.id) {
        throw new Error(`${sourceOf(question)}: field "related" lists the question itself ("${related}").`);
      }
      if (!ids.has(related)) {
        throw new Error(
          `${sourceOf(question)}: field "related" names "${related}", but there is no content/questions/${related}.mdx.`,
        );
      }
    }
  }
}

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
