import { describe, expect, test } from 'vitest';
import { describeProblem, type ProblemTexts } from '../../src/guide/replay-messages';

/** Sentences of our own, so the tests read what was filled in where. */
const texts: ProblemTexts = {
  'not-guide': 'Not a guide address.',
  malformed: 'Bad part: {segment}.',
  'unknown-answer': 'Unknown answer {segment} to {question}.',
  'skipped-question': 'Skipped: {segment} does not answer {question}.',
  'after-outcome': 'Extra after the advice: {segment}.',
  'unknown-outcome': 'No such advice: {segment}.',
  'no-outcome': 'Which advice?',
  'named-question': '“{title}”',
  'this-question': 'this question',
};

const titles: Record<string, string> = { 'who-told-you': 'Who told you?' };

describe('explaining a broken link', () => {
  test('an address outside the guide', () => {
    expect(describeProblem({ kind: 'not-guide' }, texts)).toBe('Not a guide address.');
  });

  test('an answer the question does not have, naming the question when its title is known', () => {
    const problem = { kind: 'unknown-answer', segment: 'maybe', stateId: 'who-told-you' } as const;
    expect(describeProblem(problem, texts, (id) => titles[id])).toBe('Unknown answer maybe to “Who told you?”.');
    expect(describeProblem(problem, texts)).toBe('Unknown answer maybe to this question.');
    expect(describeProblem({ ...problem, stateId: 'last-stage' }, texts, (id) => titles[id])).toBe('Unknown answer maybe to this question.');
  });

  test('an answer to a question further on', () => {
    expect(describeProblem({ kind: 'skipped-question', segment: 'overqualified', stateId: 'who-told-you' }, texts, (id) => titles[id])).toBe(
      'Skipped: overqualified does not answer “Who told you?”.',
    );
  });

  test('a malformed part, or one after the advice', () => {
    expect(describeProblem({ kind: 'malformed', segment: 'Date..Passed' }, texts)).toBe('Bad part: Date..Passed.');
    expect(describeProblem({ kind: 'after-outcome', segment: 'more', stateId: 'ask-feedback' }, texts)).toBe('Extra after the advice: more.');
  });

  test('an outcome page that does not exist, or names none', () => {
    expect(describeProblem({ kind: 'unknown-outcome', segment: 'call-them' }, texts)).toBe('No such advice: call-them.');
    expect(describeProblem({ kind: 'unknown-outcome', segment: '' }, texts)).toBe('Which advice?');
  });

  test('quotes at most 40 characters of what the link contained', () => {
    expect(describeProblem({ kind: 'malformed', segment: 'a'.repeat(40) }, texts)).toBe(`Bad part: ${'a'.repeat(40)}.`);
    expect(describeProblem({ kind: 'malformed', segment: 'a'.repeat(41) }, texts)).toBe(`Bad part: ${'a'.repeat(40)}….`);
    // Counted in characters, so an emoji is never cut in half.
    expect(describeProblem({ kind: 'malformed', segment: '🎯'.repeat(41) }, texts)).toBe(`Bad part: ${'🎯'.repeat(40)}….`);
  });

  test('drops control and invisible formatting characters, and surrounding spaces', () => {
    expect(describeProblem({ kind: 'malformed', segment: '  \u202eevil\u0000\u200b\n  ' }, texts)).toBe('Bad part: evil.');
    expect(describeProblem({ kind: 'malformed', segment: `\u0007${'b'.repeat(40)}` }, texts)).toBe(`Bad part: ${'b'.repeat(40)}.`);
  });
});
