import type { DescribeWording } from '../../src/describe/describe-data';
import { contentFiles } from './content-files';

/** The guide's wording as content holds it, for tests of the box and of search that need it without a build. */
export function describeWording(): DescribeWording {
  const questions = new Map(contentFiles('guide').map((file) => [file.id, file.data]));
  const outcomes = Object.fromEntries([...contentFiles('templates'), ...contentFiles('move-on')].map((file) => [file.id, file.data.title as string]));
  return {
    question(questionId) {
      const data = questions.get(questionId) as { question: string; answers: Record<string, { label: string; keywords?: string[] }> };
      return {
        question: data.question,
        answers: Object.fromEntries(Object.entries(data.answers).map(([slug, answer]) => [slug, { label: answer.label, keywords: answer.keywords ?? [] }])),
      };
    },
    outcomes,
  };
}
