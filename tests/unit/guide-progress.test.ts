import { describe, expect, test } from 'vitest';
import { allPaths, answeredQuestions, isOutcome, questionProgress, questionsToAdvice } from '../../src/guide/guide-model';

// Hand-read from src/guide/guide-machine.ts: every answer to "in-touch-since" leads to advice;
// "promised-date" leads to advice at once ("date-to-come") or through one or two more questions.
describe('how far through the guide a question is', () => {
  test('an outcome asks nothing more; a question whose answers all lead to advice asks one', () => {
    expect(questionsToAdvice('ask-feedback')).toEqual([0]);
    expect(questionsToAdvice('in-touch-since')).toEqual([1, 1, 1]);
  });

  test('routes of different lengths are all counted', () => {
    const routes = questionsToAdvice('promised-date');
    expect(Math.min(...routes)).toBe(1);
    expect(Math.max(...routes)).toBe(3);
  });

  test('the last question on a path is counted exactly', () => {
    expect(questionProgress(['no-reply', 'interviews', 'in-touch-by-email', 'date-passed', 'under-six-weeks'], 'in-touch-since')).toMatchObject({ number: 6, total: 6, exact: true });
  });

  test('elsewhere it promises at most as many more questions as the longest route from there', () => {
    // "promised-date" may end at once ("date-to-come") or ask up to two more.
    expect(questionProgress(['no-reply', 'interviews', 'in-touch-by-email'], 'promised-date')).toMatchObject({ number: 4, more: 2, exact: false });
  });

  test('along every path the number only goes up, the questions left only go down, and the path ends within them', () => {
    for (const path of allPaths().filter((candidate) => isOutcome(candidate.stateId))) {
      const steps = answeredQuestions(path.answers).map(({ stateId }, index) => questionProgress(path.answers.slice(0, index), stateId));
      steps.forEach((step, index) => expect(step.number, path.answers.join('/')).toBe(index + 1));
      for (let index = 1; index < steps.length; index++) expect(steps[index]!.more, path.answers.join('/')).toBeLessThan(steps[index - 1]!.more);
      // The promise is kept: the path ends within what its first question said.
      expect(steps.length, path.answers.join('/')).toBeLessThanOrEqual(1 + steps[0]!.more);
    }
  });
});
