import { describe, expect, test } from 'vitest';
import { contentFiles } from '../support/content-files';
import { allPaths, answeredQuestions, isOutcome } from '../../src/guide/guide-model';
import { outcomeFactProblems, type FactSources } from '../../src/lib/outcome-facts';

/**
 * Outcome text that is true on every path: the facts an outcome's text assumes must be
 * established by every path that reaches it. Checked here on the real content, and on the real
 * content with one assumption added that a path does not support.
 */

type Answers = Record<string, { establishes?: string[] }>;
const questions = new Map(contentFiles('guide').map((file) => [file.id, file.data.answers as Answers]));
const outcomes = new Map([...contentFiles('templates'), ...contentFiles('move-on')].map((file) => [file.id, file]));
const allFacts = new Set([...questions.values()].flatMap((answers) => Object.values(answers).flatMap((answer) => answer.establishes ?? [])));
const outcomePaths = allPaths()
  .filter((path) => isOutcome(path.stateId))
  .map((path) => ({ ...path, answered: answeredQuestions(path.answers) }));

function sources(extra: Record<string, string[]> = {}): FactSources {
  return {
    establishedBy: (questionId, slug) => questions.get(questionId)?.[slug]?.establishes ?? [],
    assumedBy: (outcomeId) => {
      const file = outcomes.get(outcomeId)!;
      return { facts: [...((file.data.assumes as string[] | undefined) ?? []), ...(extra[outcomeId] ?? [])], file: file.path };
    },
  };
}

describe('outcome text that is true on every path', () => {
  test('every outcome assumes something about the reader’s situation, and every path to it establishes it', () => {
    for (const [id, file] of outcomes) expect((file.data.assumes as string[] | undefined)?.length, id).toBeGreaterThan(0);
    expect(outcomePaths.length).toBeGreaterThan(0);
    expect(outcomeFactProblems(outcomePaths, allFacts, sources())).toEqual([]);
  });

  test('“no reason given” on “Ask for feedback” fails on the path where someone else matched more closely, named', () => {
    const problems = outcomeFactProblems(outcomePaths, allFacts, sources({ 'ask-feedback': ['no-reason-given'] }));
    expect(problems).toContain(
      'content/templates/ask-feedback.md: field "assumes" says "no-reason-given", but the path /guide/turned-down/by-email/still-keen/closer-match/none-in-mind/ reaches this outcome without establishing it',
    );
    // Paths that did say "no reason" pass.
    expect(problems.join('\n')).not.toContain('/no-reason/a-job/');
  });

  test('a misspelt fact is named as one no answer establishes', () => {
    const problems = outcomeFactProblems(outcomePaths, allFacts, sources({ 'move-on-automated': ['no-contact-yte'] }));
    expect(problems).toEqual(['content/move-on/move-on-automated.md: field "assumes" names "no-contact-yte", which no answer of the guide establishes (content/guide/*.md, "establishes")']);
  });

  test('“a form email came” is not assumed where the reader never got one', () => {
    const problems = outcomeFactProblems(outcomePaths, allFacts, sources({ 'move-on-automated': ['automatic-message'] }));
    expect(problems).toEqual([
      'content/move-on/move-on-automated.md: field "assumes" says "automatic-message", but the path /guide/no-reply/applied/ reaches this outcome without establishing it',
    ]);
  });
});
