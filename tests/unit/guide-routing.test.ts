import { describe, expect, test } from 'vitest';
import { transition } from 'xstate';
import { guideMachine } from '../../src/guide/guide-machine';

/**
 * Flow tests in the style of GOV.UK Smart Answers: for each question, each answer goes where it
 * should, and no answer is missing or extra. Written by hand on purpose: the machine is the code
 * under test, so this table is the second, independent statement of the design.
 */
const routes: Record<string, Record<string, string>> = {
  'what-happened': {
    'turned-down': 'how-told',
    internal: 'internal-role',
    'no-reply': 'last-stage',
    'offer-withdrawn': 'offer-withdrawn',
    'on-hold': 'replied-yet',
    reposted: 'reapply-reposted',
    'feedback-arrived': 'thank-for-feedback',
    'feedback-unanswered': 'move-on-feedback-unanswered',
  },
  'how-told': {
    'by-email': 'still-interested',
    'by-phone': 'easiest-way',
    'by-text': 'still-interested',
    'on-linkedin': 'still-interested',
    'in-person': 'still-interested',
    'on-job-board': 'still-interested',
    automated: 'met-anyone',
    agency: 'agency-reply',
  },
  'easiest-way': { 'phone-is-easiest': 'still-interested', 'email-is-easiest': 'still-interested' },
  'met-anyone': { 'only-applied': 'move-on-automated', 'spoke-with-someone': 'their-reason' },
  'still-interested': { 'still-keen': 'their-reason', 'put-off': 'move-on-treated-poorly', angry: 'cool-down-first' },
  'their-reason': {
    'no-reason': 'programme',
    'feedback-offered': 'accept-feedback-offer',
    'keep-on-file': 'kept-on-file',
    'apply-again': 'kept-on-file',
    'came-close': 'thank-you-stay-in-touch',
    overqualified: 'overqualified-reply',
    'closer-match': 'another-role',
    'other-role-offered': 'reply-to-other-role',
    'role-changed': 'thank-you-stay-in-touch',
    'chose-someone-else': 'thank-you-stay-in-touch',
    'a-rule': 'move-on-rule',
    'wrong-fact': 'correct-the-fact',
  },
  'another-role': { 'role-in-mind': 'ask-which-role', 'none-in-mind': 'ask-feedback' },
  programme: { 'a-job': 'ask-feedback', referred: 'thank-your-referrer', 'first-try': 'feedback-next-cycle', 'tried-before': 'move-on-same-programme' },
  'last-stage': { applied: 'move-on-automated', 'screening-call': 'in-touch-how', interviews: 'in-touch-how', 'final-round': 'in-touch-how' },
  'in-touch-how': {
    'in-touch-by-email': 'promised-date',
    'in-touch-by-phone': 'promised-date',
    'in-touch-by-text': 'promised-date',
    'in-touch-on-linkedin': 'promised-date',
    'in-touch-on-job-board': 'promised-date',
  },
  'promised-date': { 'date-to-come': 'wait-for-their-date', 'date-passed': 'since-their-date', 'no-date': 'time-since' },
  'since-their-date': { 'within-two-days': 'wait-for-their-date', 'under-six-weeks': 'in-touch-since', 'six-weeks-or-more': 'too-long-to-chase' },
  'in-touch-since': { 'not-since': 'last-check-in', 'chased-since': 'move-on-no-reply', 'new-date-passed': 'one-more-check-in' },
  'time-since': { 'under-a-week': 'wait-a-week', 'one-to-six-weeks': 'followed-up', 'over-six-weeks': 'too-long-to-chase' },
  'followed-up': { 'not-followed-up': 'last-check-in', 'followed-up': 'move-on-no-reply', 'their-new-date-passed': 'one-more-check-in' },
  'replied-yet': { 'not-replied': 'thanks-for-letting-me-know', 'already-replied': 'move-on-after-thanks' },
};

const at = (stateId: string) => guideMachine.resolveState({ value: stateId });

test('the guide starts by asking what has happened', () => {
  expect(guideMachine.config.initial).toBe('what-happened');
});

test('these are all the questions', () => {
  const questions = Object.entries(guideMachine.root.states).filter(([, node]) => node.type !== 'final').map(([id]) => id);
  expect(questions.sort()).toEqual(Object.keys(routes).sort());
});

describe.each(Object.entries(routes))('%s', (question, answers) => {
  test('offers exactly these answers', () => {
    const offered = Object.keys(guideMachine.root.states[question]!.on);
    expect(offered.sort()).toEqual(Object.keys(answers).sort());
  });
  test.each(Object.entries(answers))('"%s" leads to %s', (answer, next) => {
    const [snapshot] = transition(guideMachine, at(question), { type: answer });
    expect(String(snapshot.value)).toBe(next);
  });
  test('an answer from another question goes nowhere', () => {
    expect(at(question).can({ type: 'not-an-answer' })).toBe(false);
  });
});
