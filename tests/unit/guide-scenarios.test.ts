import { describe, expect, test } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { guideMachine } from '../../src/guide/guide-machine';

/**
 * The 24 reader situations of ../shared/content/scenarios.md, each written by hand: the answers an
 * honest reader in that situation would click, and the advice a good counsellor gives there (the
 * outcome id). Nothing here is derived from the machine, so re-pointing one answer fails a test.
 */
function outcomeOf(answers: string[]): string {
  let [snapshot] = initialTransition(guideMachine);
  for (const answer of answers) {
    expect(snapshot.status, `the guide already ended before "${answer}"`).toBe('active');
    expect(snapshot.can({ type: answer }), `"${answer}" is offered at "${String(snapshot.value)}"`).toBe(true);
    [snapshot] = transition(guideMachine, snapshot, { type: answer });
  }
  expect(snapshot.status, `the answers ${answers.join(' → ')} end at an outcome`).toBe('done');
  return String(snapshot.value);
}

const scenarios: { situation: string; answers: string[]; outcome: string }[] = [
  {
    // 1. Applied through a jobs portal; a form rejection from a no-reply address signed "Talent Team".
    situation: '1 portal form rejection, no interview',
    answers: ['turned-down', 'automated', 'only-applied'],
    outcome: 'move-on-automated',
  },
  {
    // 2. An agency recruiter phones: the client chose someone else. Never dealt with the employer.
    situation: '2 agency recruiter',
    answers: ['turned-down', 'agency'],
    outcome: 'agency-reply',
  },
  {
    // 3. After three interviews the hiring manager says no, "happy to share feedback if it would help".
    situation: '3 feedback offered',
    answers: ['turned-down', 'employer', 'still-keen', 'feedback-offered'],
    outcome: 'accept-feedback-offer',
  },
  {
    // 4. You asked for feedback and got two paragraphs back, one point you disagree with.
    situation: '4 feedback arrived',
    answers: ['feedback-arrived'],
    outcome: 'thank-for-feedback',
  },
  {
    // 5. A week before the start date, they withdraw the offer: the budget was cut.
    situation: '5 offer withdrawn',
    answers: ['offer-withdrawn'],
    outcome: 'offer-withdrawn',
  },
  {
    // 6. You applied for a promotion in your own company; an outside candidate got it.
    situation: '6 internal promotion',
    answers: ['turned-down', 'internal'],
    outcome: 'internal-role',
  },
  {
    // 7. After a first-round interview: "we will keep your details on file for future openings".
    situation: '7 kept on file',
    answers: ['turned-down', 'employer', 'still-keen', 'keep-on-file'],
    outcome: 'kept-on-file',
  },
  {
    // 8. Told "by Friday"; it is the next Wednesday; not in touch since.
    situation: '8 promised date passed three working days ago',
    answers: ['no-reply', 'interviews', 'date-passed', 'under-six-weeks', 'not-since'],
    outcome: 'last-check-in',
  },
  {
    // 9. Told "by the end of the month"; it is the 20th.
    situation: '9 promised date still to come',
    answers: ['no-reply', 'interviews', 'date-to-come'],
    outcome: 'wait-for-their-date',
  },
  {
    // 10. Final interview ten days ago, no date mentioned, no follow-up yet.
    situation: '10 final round, ten days, no date',
    answers: ['no-reply', 'final-round', 'no-date', 'one-to-six-weeks', 'not-followed-up'],
    outcome: 'last-check-in',
  },
  {
    // 11. A phone screen seven weeks ago; nothing since; never followed up.
    situation: '11 seven weeks after a screen',
    answers: ['no-reply', 'screening-call', 'no-date', 'over-six-weeks'],
    outcome: 'too-long-to-chase',
  },
  {
    // 12. Two interviews; promised date three weeks ago; one check-in sent after it; still nothing.
    situation: '12 checked in after a missed date',
    answers: ['no-reply', 'interviews', 'date-passed', 'under-six-weeks', 'chased-since'],
    outcome: 'move-on-no-reply',
  },
  {
    // 13. Turned down with no reason; three weeks later the same job is advertised again.
    situation: '13 reposted after a rejection',
    answers: ['reposted'],
    outcome: 'reapply-reposted',
  },
  {
    // 14. Turned down: "we'd encourage you to apply again in six months".
    situation: '14 apply again in six months',
    answers: ['turned-down', 'employer', 'still-keen', 'apply-again'],
    outcome: 'kept-on-file',
  },
  {
    // 15. Turned down for a graduate scheme by its recruitment team; wants to try next year.
    situation: '15 graduate scheme, first try',
    answers: ['turned-down', 'employer', 'still-keen', 'no-reason', 'a-programme', 'first-try'],
    outcome: 'feedback-next-cycle',
  },
  {
    // 16. The same internship programme turned you down for the second year running.
    situation: '16 same internship, second year',
    answers: ['turned-down', 'employer', 'still-keen', 'no-reason', 'a-programme', 'tried-before'],
    outcome: 'move-on-same-programme',
  },
  {
    // 17. The interviewer was late, distracted and dismissive; you no longer want to work there.
    situation: '17 treated poorly',
    answers: ['turned-down', 'employer', 'put-off'],
    outcome: 'move-on-treated-poorly',
  },
  {
    // 18. "A very close second", and they would like to keep in touch.
    situation: '18 close second',
    answers: ['turned-down', 'employer', 'still-keen', 'came-close'],
    outcome: 'thank-you-stay-in-touch',
  },
  {
    // 19. "We worry the role wouldn't stretch you enough."
    situation: '19 over-qualified',
    answers: ['turned-down', 'employer', 'still-keen', 'overqualified'],
    outcome: 'overqualified-reply',
  },
  {
    // 20. "Someone whose experience more closely matches"; you know another team there fits better.
    situation: '20 closer match, another team in mind',
    answers: ['turned-down', 'employer', 'still-keen', 'closer-match', 'role-in-mind'],
    outcome: 'ask-which-role',
  },
  {
    // 21. Rejected by email, no reason; the hiring manager is on LinkedIn, where you first talked.
    situation: '21 LinkedIn',
    answers: ['turned-down', 'employer', 'still-keen', 'no-reason', 'a-job', 'on-linkedin'],
    outcome: 'linkedin-note',
  },
  {
    // 22. Rejected after a second interview; dealt with the recruiter mostly by phone.
    situation: '22 by phone',
    answers: ['turned-down', 'employer', 'still-keen', 'no-reason', 'a-job', 'by-phone'],
    outcome: 'voicemail-script',
  },
  {
    // 23. Told the role is on hold; already thanked them; two months have passed.
    situation: '23 on hold, already thanked',
    answers: ['on-hold', 'already-replied'],
    outcome: 'move-on-after-thanks',
  },
  {
    // 24. Angry about the rejection and wants to tell them they got it wrong.
    situation: '24 angry',
    answers: ['turned-down', 'employer', 'angry'],
    outcome: 'cool-down-first',
  },
];

describe('every reader situation reaches the advice a good counsellor gives', () => {
  test.each(scenarios)('$situation', ({ answers, outcome }) => {
    expect(answers.length).toBeLessThanOrEqual(6);
    expect(outcomeOf(answers)).toBe(outcome);
  });
});

describe('neighbouring situations', () => {
  test('an automatic rejection after an interview still leads to a note to the person you met', () => {
    expect(outcomeOf(['turned-down', 'automated', 'spoke-with-someone', 'no-reason', 'a-job', 'by-email'])).toBe('ask-feedback');
  });
  test('an application nobody answered has no one to chase', () => {
    expect(outcomeOf(['no-reply', 'applied'])).toBe('move-on-automated');
  });
  test('a promised day that passed one or two working days ago: wait a little longer', () => {
    expect(outcomeOf(['no-reply', 'interviews', 'date-passed', 'within-two-days'])).toBe('wait-for-their-date');
  });
  test('no date and an interview less than a week ago: wait a week', () => {
    expect(outcomeOf(['no-reply', 'interviews', 'no-date', 'under-a-week'])).toBe('wait-a-week');
  });
  test('a check-in already sent when no date was given: move on', () => {
    expect(outcomeOf(['no-reply', 'interviews', 'no-date', 'one-to-six-weeks', 'followed-up'])).toBe('move-on-no-reply');
  });
  test('a promised day six weeks gone is too long to chase', () => {
    expect(outcomeOf(['no-reply', 'interviews', 'date-passed', 'six-weeks-or-more'])).toBe('too-long-to-chase');
  });
  test('a job on hold, not yet answered: a short thank-you', () => {
    expect(outcomeOf(['on-hold', 'not-replied'])).toBe('thanks-for-letting-me-know');
  });
  test('the job itself changed: thank them and stay in touch', () => {
    expect(outcomeOf(['turned-down', 'employer', 'still-keen', 'role-changed'])).toBe('thank-you-stay-in-touch');
  });
  test('a closer match and no other role in mind: ask for feedback', () => {
    expect(outcomeOf(['turned-down', 'employer', 'still-keen', 'closer-match', 'none-in-mind', 'by-email'])).toBe('ask-feedback');
  });
});
