/** Where an entry came from, for error messages an editor can act on. */
export const sourceOf = (entry: { id: string; filePath?: string | undefined }) => entry.filePath ?? entry.id;

interface QuestionLike {
  id: string;
  filePath?: string | undefined;
  data: { related: readonly string[] };
}

/** Checks what a schema can't: that every `related` id names another existing question. */
export function checkRelatedQuestions(questions: readonly QuestionLike[]): void {
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
