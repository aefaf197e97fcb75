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

interface OutcomeWithSteps {
  id: string;
  filePath?: string | undefined;
  data: { nextSteps: readonly { link?: { href: string } | undefined }[] };
}

/**
 * Checks that no next step links to a page the outcome's "Read more" list already gives (its
 * article sections, and the questions that point to it): the same link twice, a few lines apart.
 */
export function checkStepLinksNotInReadMore(outcome: OutcomeWithSteps, readMoreHrefs: readonly string[]): void {
  for (const [index, step] of outcome.data.nextSteps.entries()) {
    if (step.link && readMoreHrefs.includes(step.link.href)) {
      throw new Error(
        `${sourceOf(outcome)}: field "nextSteps" (step ${index + 1}) links to "${step.link.href}", which the page's "Read more" list already gives; drop the step or link elsewhere.`,
      );
    }
  }
}
