import { describe, expect, test } from 'vitest';
import { questionProgress, questionsToAdvice } from '../../src/guide/guide-model';

// Hand-read from src/guide/guide-machine.ts: every answer to "in-touch-since" leads to advice;
// "promised-date" leads to advice at once ("date-to-come") or through one or two more questions.
describe('how far through the guide a question is', () => {
  test('an outcome asks nothing more; a question whose answers all lead to advice asks one', () => {
    expect(questionsToAdvice('ask-feedback')).toEqual([0]);
    expect(questionsToAdvice('in-touch-since')).toEqual([1, 1]);
  });

  test('routes of different lengths are all counted', () => {
    const routes = questionsToAdvice('promised-date');
    expect(Math.min(...routes)).toBe(1);
    expect(Math.max(...routes)).toBe(3);
  });

  test('the last question on a path is counted exactly', () => {
    expect(questionProgress(['no-reply', 'interviews', 'date-passed', 'under-six-weeks'], 'in-touch-since')).toEqual({ number: 5, total: 5, exact: true });
  });

  test('earlier questions give an estimate that is never below the question number', () => {
    const first = questionProgress([], 'what-happened');
    expect(first.number).toBe(1);
    expect(first.exact).toBe(false);
    expect(first.total).toBeGreaterThanOrEqual(2);
    expect(first.total).toBeLessThanOrEqual(7);
  });
});
