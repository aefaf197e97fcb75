import { answersOf, QUESTION_IDS } from '../guide/guide-model';
import { sourceOf } from './question-checks';

interface QuestionFile {
  id: string;
  filePath?: string | undefined;
  data: { answers: Record<string, unknown> };
}

/**
 * The guide's wording files against its machine, both ways: every question has a file, every file
 * is a question, and each file words exactly that question's answers. Throws naming the file and
 * the answer, so the build stops with a message an editor can act on.
 */
export function checkGuideText(entries: readonly QuestionFile[]): void {
  const files = new Map(entries.map((entry) => [entry.id, entry]));
  const missing = QUESTION_IDS.filter((id) => !files.has(id));
  if (missing.length) {
    throw new Error(`The guide has questions with no wording: ${missing.map((id) => `content/guide/${id}.md`).join(', ')}.`);
  }
  for (const entry of entries) {
    if (!QUESTION_IDS.includes(entry.id)) {
      throw new Error(
        `${sourceOf(entry)}: there is no question "${entry.id}" in the guide machine (src/guide/guide-machine.ts). Questions: ${QUESTION_IDS.join(', ')}.`,
      );
    }
    const expected = answersOf(entry.id).map((answer) => answer.slug);
    const written = Object.keys(entry.data.answers);
    const extra = written.filter((slug) => !expected.includes(slug));
    const absent = expected.filter((slug) => !written.includes(slug));
    if (extra.length) {
      throw new Error(
        `${sourceOf(entry)}: field "answers" has "${extra.join('", "')}", which is not an answer to this question in the guide machine. Its answers are: ${expected.join(', ')}.`,
      );
    }
    if (absent.length) {
      throw new Error(`${sourceOf(entry)}: field "answers" has no wording for the answer "${absent.join('", "')}".`);
    }
  }
}

