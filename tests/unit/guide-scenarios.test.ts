import { describe, expect, test } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { guideMachine } from '../../src/guide/guide-machine';
import { answeredQuestions } from '../../src/guide/guide-model';
import { messageChannels, type ChannelId } from '../../src/message/channels';
import { openingChannel } from '../../src/message/opening-channel';
import { contentFiles } from '../support/content-files';

/**
 * The 36 reader situations of ../shared/content/scenarios.md, each written by hand: the answers an
 * honest reader in that situation would click, the advice a good counsellor gives there (the
 * outcome id) and, for a message, the channel the composer opens on. Nothing here is derived
 * from the machine, so re-pointing one answer fails a test.
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

// The content the composer reads: what each answer establishes, and each template's texts.
const establishes = new Map(
  contentFiles('guide').map((file) => [file.id, file.data.answers as Record<string, { establishes?: string[] }>]),
);
const templates = new Map(contentFiles('templates').map((file) => [file.id, file]));

/** The channel a message page opens on at the end of these answers (none for a move-on page). */
function channelOf(answers: string[], outcome: string): ChannelId | undefined {
  const template = templates.get(outcome);
  if (!template) return undefined;
  const facts = new Set(answeredQuestions(answers).flatMap(({ stateId, slug }) => establishes.get(stateId)?.[slug]?.establishes ?? []));
  const data = template.data as { inThread?: boolean; subject: string; short: string; phone: string; pickUp?: string[]; inPerson?: string[] };
  const offered = messageChannels({ ...data, inThread: data.inThread ?? false, body: template.body });
  return openingChannel(facts, offered.map((channel) => channel.id));
}

const scenarios: { situation: string; answers: string[]; outcome: string; channel?: ChannelId }[] = [
  // 1. Applied through a jobs portal; a form rejection from a no-reply address signed "Talent Team".
  { situation: '1 portal form rejection, no interview', answers: ['turned-down', 'automated', 'only-applied'], outcome: 'move-on-automated' },
  // 2. An agency recruiter phones: the client chose someone else. Never dealt with the employer.
  { situation: '2 agency recruiter', answers: ['turned-down', 'agency'], outcome: 'agency-reply', channel: 'email' },
  // 3. After three interviews the hiring manager emails a no, "happy to share feedback if it would help".
  { situation: '3 feedback offered', answers: ['turned-down', 'by-email', 'still-keen', 'feedback-offered'], outcome: 'accept-feedback-offer', channel: 'thread' },
  // 4. You asked for feedback and got two paragraphs back, one point you disagree with.
  { situation: '4 feedback arrived', answers: ['feedback-arrived'], outcome: 'thank-for-feedback', channel: 'thread' },
  // 5. A week before the start date, they withdraw the offer: the budget was cut.
  { situation: '5 offer withdrawn', answers: ['offer-withdrawn'], outcome: 'offer-withdrawn', channel: 'email' },
  // 6. You applied for a promotion in your own company; an outside candidate got it.
  { situation: '6 internal promotion', answers: ['internal'], outcome: 'internal-role', channel: 'email' },
  // 7. After a first-round interview: "we will keep your details on file for future openings".
  { situation: '7 kept on file', answers: ['turned-down', 'by-email', 'still-keen', 'keep-on-file'], outcome: 'kept-on-file', channel: 'thread' },
  // 8. Told "by Friday"; it is the next Wednesday; not in touch since.
  {
    situation: '8 promised date passed three working days ago',
    answers: ['no-reply', 'interviews', 'in-touch-by-email', 'date-passed', 'under-six-weeks', 'not-since'],
    outcome: 'last-check-in',
    channel: 'thread',
  },
  // 9. Told "by the end of the month"; it is the 20th.
  { situation: '9 promised date still to come', answers: ['no-reply', 'interviews', 'in-touch-by-email', 'date-to-come'], outcome: 'wait-for-their-date', channel: 'thread' },
  // 10. Final interview ten days ago, no date mentioned, no follow-up yet.
  {
    situation: '10 final round, ten days, no date',
    answers: ['no-reply', 'final-round', 'in-touch-by-email', 'no-date', 'one-to-six-weeks', 'not-followed-up'],
    outcome: 'last-check-in',
    channel: 'thread',
  },
  // 11. A phone screen seven weeks ago; nothing since; never followed up.
  { situation: '11 seven weeks after a screen', answers: ['no-reply', 'screening-call', 'in-touch-by-phone', 'no-date', 'over-six-weeks'], outcome: 'too-long-to-chase' },
  // 12. Two interviews; promised date three weeks ago; one check-in sent after it; still nothing.
  {
    situation: '12 checked in after a missed date',
    answers: ['no-reply', 'interviews', 'in-touch-by-email', 'date-passed', 'under-six-weeks', 'chased-since'],
    outcome: 'move-on-no-reply',
  },
  // 13. Turned down with no reason; three weeks later the same job is advertised again.
  { situation: '13 reposted after a rejection', answers: ['reposted'], outcome: 'reapply-reposted', channel: 'email' },
  // 14. Turned down: "we'd encourage you to apply again in six months".
  { situation: '14 apply again in six months', answers: ['turned-down', 'by-email', 'still-keen', 'apply-again'], outcome: 'kept-on-file', channel: 'thread' },
  // 15. Turned down for a graduate scheme; wants to try next year.
  { situation: '15 graduate scheme, first try', answers: ['turned-down', 'by-email', 'still-keen', 'no-reason', 'first-try'], outcome: 'feedback-next-cycle', channel: 'email' },
  // 16. The same internship programme turned you down for the second year running.
  { situation: '16 same internship, second year', answers: ['turned-down', 'by-email', 'still-keen', 'no-reason', 'tried-before'], outcome: 'move-on-same-programme' },
  // 17. The interviewer was late, distracted and dismissive; you no longer want to work there.
  { situation: '17 treated poorly', answers: ['turned-down', 'by-email', 'put-off'], outcome: 'move-on-treated-poorly' },
  // 18. "A very close second", and they would like to keep in touch.
  { situation: '18 close second', answers: ['turned-down', 'by-email', 'still-keen', 'came-close'], outcome: 'thank-you-stay-in-touch', channel: 'thread' },
  // 19. "We worry the role wouldn't stretch you enough."
  { situation: '19 over-qualified', answers: ['turned-down', 'by-email', 'still-keen', 'overqualified'], outcome: 'overqualified-reply', channel: 'thread' },
  // 20. "Someone whose experience more closely matches"; you know another team there fits better.
  {
    situation: '20 closer match, another team in mind',
    answers: ['turned-down', 'by-email', 'still-keen', 'closer-match', 'role-in-mind'],
    outcome: 'ask-which-role',
    channel: 'thread',
  },
  // 21. Rejected by email, no reason; the hiring manager is on LinkedIn, where you first talked.
  { situation: '21 LinkedIn', answers: ['turned-down', 'on-linkedin', 'still-keen', 'no-reason', 'a-job'], outcome: 'ask-feedback', channel: 'linkedin' },
  // 22. Rejected after a second interview; dealt with the recruiter mostly by phone.
  {
    situation: '22 by phone',
    answers: ['turned-down', 'by-phone', 'phone-is-easiest', 'still-keen', 'no-reason', 'a-job'],
    outcome: 'ask-feedback',
    channel: 'phone',
  },
  // 23. Told the role is on hold; already thanked them; two months have passed.
  { situation: '23 on hold, already thanked', answers: ['on-hold', 'already-replied'], outcome: 'move-on-after-thanks' },
  // 24. Angry about the rejection and wants to tell them they got it wrong.
  { situation: '24 angry', answers: ['turned-down', 'by-email', 'angry'], outcome: 'cool-down-first' },
  // 25. After a trial shift at a café, the manager texts: they have taken someone else.
  { situation: '25 text after a trial shift', answers: ['turned-down', 'by-text', 'still-keen', 'chose-someone-else'], outcome: 'thank-you-stay-in-touch', channel: 'text' },
  // 26. At the end of a second interview, told face to face they are going with another candidate.
  { situation: '26 told face to face', answers: ['turned-down', 'in-person', 'still-keen', 'chose-someone-else'], outcome: 'thank-you-stay-in-touch', channel: 'in-person' },
  // 27. The company's recruiter, on WhatsApp throughout, writes there that they chose someone else.
  { situation: '27 WhatsApp', answers: ['turned-down', 'by-text', 'still-keen', 'chose-someone-else'], outcome: 'thank-you-stay-in-touch', channel: 'text' },
  // 28. "The role needs someone on site in Denver five days a week"; you cannot move.
  { situation: '28 a rule: location', answers: ['turned-down', 'by-email', 'still-keen', 'a-rule'], outcome: 'move-on-rule' },
  // 29. No to the senior role, and an invitation to apply for an associate opening.
  { situation: '29 another role offered', answers: ['turned-down', 'by-email', 'still-keen', 'other-role-offered'], outcome: 'reply-to-other-role', channel: 'thread' },
  // 30. They gave the job to someone already working there.
  { situation: '30 internal hire', answers: ['turned-down', 'by-email', 'still-keen', 'chose-someone-else'], outcome: 'thank-you-stay-in-touch', channel: 'thread' },
  // 31. You emailed to ask for feedback ten days ago and have heard nothing.
  { situation: '31 feedback request unanswered', answers: ['feedback-unanswered'], outcome: 'move-on-feedback-unanswered' },
  // 32. Checked in after the final interview; "you will hear next week"; that week is over.
  {
    situation: '32 a new date, missed',
    answers: ['no-reply', 'final-round', 'in-touch-by-email', 'no-date', 'one-to-six-weeks', 'their-new-date-passed'],
    outcome: 'one-more-check-in',
    channel: 'thread',
  },
  // 33. A friend who works there referred you; HR's rejection came by email.
  { situation: '33 referred by a friend', answers: ['turned-down', 'by-email', 'still-keen', 'no-reason', 'referred'], outcome: 'thank-your-referrer', channel: 'thread' },
  // 34. A named recruiter said no through the job board's own messages.
  { situation: '34 job board', answers: ['turned-down', 'on-job-board', 'still-keen', 'no-reason', 'a-job'], outcome: 'ask-feedback', channel: 'job-board' },
  // 35. The hiring manager phoned to say no; you met on video calls and have her email address.
  {
    situation: '35 phoned, easier by email',
    answers: ['turned-down', 'by-phone', 'email-is-easiest', 'still-keen', 'no-reason', 'a-job'],
    outcome: 'ask-feedback',
    channel: 'email',
  },
  // 36. The rejection says you lack a degree that your application lists.
  { situation: '36 a wrong fact', answers: ['turned-down', 'by-email', 'still-keen', 'wrong-fact'], outcome: 'correct-the-fact', channel: 'thread' },
];

describe('every reader situation reaches the advice a good counsellor gives', () => {
  test('all 36 are here', () => expect(new Set(scenarios.map((scenario) => scenario.situation.split(' ')[0])).size).toBe(36));
  test.each(scenarios)('$situation', ({ answers, outcome, channel }) => {
    expect(answers.length).toBeLessThanOrEqual(6);
    expect(outcomeOf(answers)).toBe(outcome);
    expect(channelOf(answers, outcome), 'the channel the message opens on').toBe(channel);
  });
});

describe('neighbouring situations', () => {
  test('an automatic rejection after an interview still leads to a note to the person you met', () => {
    expect(outcomeOf(['turned-down', 'automated', 'spoke-with-someone', 'no-reason', 'a-job'])).toBe('ask-feedback');
  });
  test('an application nobody answered has no one to chase', () => {
    expect(outcomeOf(['no-reply', 'applied'])).toBe('move-on-automated');
  });
  test('a promised day that passed one or two working days ago: wait a little longer', () => {
    expect(outcomeOf(['no-reply', 'interviews', 'in-touch-by-text', 'date-passed', 'within-two-days'])).toBe('wait-for-their-date');
  });
  test('no date and an interview less than a week ago: wait a week', () => {
    expect(outcomeOf(['no-reply', 'interviews', 'in-touch-on-linkedin', 'no-date', 'under-a-week'])).toBe('wait-a-week');
  });
  test('a check-in already sent when no date was given: move on', () => {
    expect(outcomeOf(['no-reply', 'interviews', 'in-touch-by-email', 'no-date', 'one-to-six-weeks', 'followed-up'])).toBe('move-on-no-reply');
  });
  test('a promised day six weeks gone is too long to chase', () => {
    expect(outcomeOf(['no-reply', 'interviews', 'in-touch-on-job-board', 'date-passed', 'six-weeks-or-more'])).toBe('too-long-to-chase');
  });
  test('a job on hold, not yet answered: a short thank-you', () => {
    expect(outcomeOf(['on-hold', 'not-replied'])).toBe('thanks-for-letting-me-know');
  });
  test('the job itself changed: thank them and stay in touch', () => {
    expect(outcomeOf(['turned-down', 'by-email', 'still-keen', 'role-changed'])).toBe('thank-you-stay-in-touch');
  });
  test('a closer match and no other role in mind: ask for feedback', () => {
    expect(outcomeOf(['turned-down', 'by-email', 'still-keen', 'closer-match', 'none-in-mind'])).toBe('ask-feedback');
  });
});

describe('where the message goes never changes the advice', () => {
  test('the same reason, told by any channel, leads to the same outcome', () => {
    for (const told of [['by-email'], ['by-text'], ['on-linkedin'], ['in-person'], ['on-job-board'], ['by-phone', 'phone-is-easiest'], ['by-phone', 'email-is-easiest']]) {
      expect(outcomeOf(['turned-down', ...told, 'still-keen', 'came-close']), told.join('/')).toBe('thank-you-stay-in-touch');
    }
  });
  test('an automatic rejection after an interview opens a new email to the person you met, not a reply to the no-reply address', () => {
    const answers = ['turned-down', 'automated', 'spoke-with-someone', 'no-reason', 'a-job'];
    expect(channelOf(answers, outcomeOf(answers))).toBe('email');
  });
  test('still waiting, in touch by text: the check-in opens as a text', () => {
    const answers = ['no-reply', 'interviews', 'in-touch-by-text', 'no-date', 'one-to-six-weeks', 'not-followed-up'];
    expect(channelOf(answers, outcomeOf(answers))).toBe('text');
  });
});
