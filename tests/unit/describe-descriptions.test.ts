import { describe, expect, test } from 'vitest';
import { pathsTo } from '../../src/guide/guide-model';
import { describeData } from '../../src/describe/describe-data';
import { makeSuggester } from '../../src/describe/suggest';
import type { Lexicon } from '../../src/words/reader-words';
import { contentFile } from '../support/content-files';
import { describeWording } from '../support/describe-wording';

/**
 * The 40 descriptions of ../shared/content/descriptions.md, each written by hand: what the reader
 * types, the advice a good counsellor lands them on (an outcome id), the answers the box's first
 * suggestion must fill in (the words say them) and answers no suggestion may fill in (the words
 * don't say them, or say the opposite). Every answer the first fills in must also lie on a way to
 * that advice; the others are other readings of the same words, offered for the reader to choose.
 */
const lexicon = contentFile('words', 'reader-words').data as unknown as Lexicon;
const suggest = makeSuggester(describeData(lexicon, describeWording()));

interface Description {
  says: string;
  advice: string;
  holds: string[];
  /** Answers no suggestion may fill in. */
  not?: string[];
  /** Answers another reading may fill in (the words do say them), but not the first. */
  notFirst?: string[];
}

const DESCRIPTIONS: Description[] = [
  { says: 'got an automated email saying they’ve decided not to move forward, never spoke to anyone', advice: 'move-on-automated', holds: ['turned-down', 'automated', 'only-applied'], not: ['spoke-with-someone', 'by-email'] },
  { says: 'recruiter from the staffing agency called, client went with someone else', advice: 'agency-reply', holds: ['turned-down', 'agency'], not: ['by-phone'] },
  { says: 'hiring manager said no but offered to give me feedback', advice: 'accept-feedback-offer', holds: ['turned-down'], not: ['by-email', 'feedback-arrived', 'feedback-unanswered', 'no-reason'] },
  { says: 'they sent me feedback after I asked and I don’t agree with part of it', advice: 'thank-for-feedback', holds: ['feedback-arrived'], not: ['feedback-unanswered'] },
  { says: 'offer rescinded a week before my start date', advice: 'offer-withdrawn', holds: ['offer-withdrawn'], not: ['no-reply', 'turned-down'] },
  { says: 'didn’t get the internal promotion, they hired from outside', advice: 'internal-role', holds: ['internal'], not: ['turned-down', 'no-reply'] },
  { says: 'they said they’ll keep my CV on file', advice: 'kept-on-file', holds: ['turned-down'], not: ['by-email', 'reposted'] },
  { says: 'was told I’d hear by friday, it’s now wednesday and nothing', advice: 'last-check-in', holds: ['no-reply'], not: ['date-to-come', 'followed-up', 'not-followed-up'] },
  { says: 'they said end of the month, it’s only the 20th', advice: 'wait-for-their-date', holds: ['no-reply'], not: ['date-passed'] },
  { says: 'final interview 10 days ago, no news, haven’t followed up', advice: 'last-check-in', holds: ['no-reply', 'final-round'], not: ['followed-up', 'chased-since'] },
  { says: 'phone screen almost two months ago, never heard back', advice: 'too-long-to-chase', holds: ['no-reply', 'screening-call'], not: ['in-touch-by-phone', 'by-phone'] },
  { says: 'already sent a follow up after their deadline and still nothing', advice: 'move-on-no-reply', holds: ['no-reply'], not: ['not-followed-up', 'not-since', 'date-to-come'] },
  { says: 'rejected but now the same job is posted again', advice: 'reapply-reposted', holds: ['reposted'], notFirst: ['turned-down'], not: ['feedback-arrived'] },
  { says: 'they told me to reapply in six months', advice: 'kept-on-file', holds: ['turned-down'], not: ['reposted'] },
  { says: 'didn’t get onto the grad scheme, want to try next year', advice: 'feedback-next-cycle', holds: ['turned-down'], not: ['internal', 'tried-before'] },
  { says: 'rejected from the same internship two years in a row', advice: 'move-on-same-programme', holds: ['turned-down'], not: ['first-try', 'reposted'] },
  { says: 'interviewer was rude and late, I don’t even want the job anymore', advice: 'move-on-treated-poorly', holds: ['turned-down'], not: ['still-keen', 'no-reply'] },
  { says: 'they said I was a close second', advice: 'thank-you-stay-in-touch', holds: ['turned-down'], not: ['no-reply', 'put-off'] },
  { says: 'they think I’m overqualified', advice: 'overqualified-reply', holds: ['turned-down'], not: ['no-reply', 'put-off'] },
  { says: 'went with someone more experienced but there’s another team I’d fit', advice: 'ask-which-role', holds: ['turned-down'], not: ['internal', 'by-text'] },
  { says: 'they messaged me on linkedin to say no', advice: 'ask-feedback', holds: ['turned-down', 'on-linkedin'], not: ['by-text'] },
  { says: 'the recruiter rang to say no, we always talked on the phone', advice: 'ask-feedback', holds: ['turned-down', 'by-phone'], not: ['agency', 'email-is-easiest'] },
  { says: 'job put on hold, I thanked them already, that was two months ago', advice: 'move-on-after-thanks', holds: ['on-hold', 'already-replied'], not: ['not-replied'] },
  { says: 'I’m furious, they made the wrong call and I want to tell them', advice: 'cool-down-first', holds: ['turned-down'], not: ['by-phone', 'still-keen'] },
  { says: 'got a text from the manager saying they hired someone else after my trial shift', advice: 'thank-you-stay-in-touch', holds: ['turned-down', 'by-text'], not: ['internal', 'in-person'] },
  { says: 'they told me to my face at the end of the interview', advice: 'thank-you-stay-in-touch', holds: ['turned-down', 'in-person'], not: ['no-reply'] },
  { says: 'recruiter whatsapped me that they picked another candidate', advice: 'thank-you-stay-in-touch', holds: ['turned-down', 'by-text'], not: ['agency'] },
  { says: 'they need someone on site and I can’t relocate', advice: 'move-on-rule', holds: ['turned-down'], not: ['on-job-board'] },
  { says: 'no to the senior job but they asked if I’d consider a junior one', advice: 'reply-to-other-role', holds: ['turned-down'], not: ['overqualified'] },
  { says: 'they gave it to someone already working there', advice: 'thank-you-stay-in-touch', holds: ['turned-down'], not: ['internal'] },
  { says: 'asked for feedback two weeks ago, no answer', advice: 'move-on-feedback-unanswered', holds: ['feedback-unanswered'], notFirst: ['no-reply'], not: ['feedback-arrived'] },
  { says: 'checked in, they said next week, that week has gone', advice: 'one-more-check-in', holds: ['no-reply'], not: ['not-followed-up', 'not-since', 'date-to-come'] },
  { says: 'my friend referred me and HR turned me down', advice: 'thank-your-referrer', holds: ['turned-down'], not: ['by-email', 'internal'] },
  { says: 'a recruiter said no through the job site’s messages', advice: 'ask-feedback', holds: ['turned-down', 'on-job-board'], not: ['agency', 'by-text'] },
  { says: 'hiring manager called to say no, I have her email', advice: 'ask-feedback', holds: ['turned-down', 'by-phone', 'email-is-easiest'], not: ['by-email'] },
  { says: 'they say I don’t have a degree but it’s on my CV', advice: 'correct-the-fact', holds: ['turned-down'], not: ['no-reply', 'kept-on-file'] },
  { says: 'heard nothing since applying three months ago', advice: 'move-on-automated', holds: ['no-reply', 'applied'], not: ['interviews', 'screening-call', 'final-round', 'turned-down'] },
  { says: 'interviewed monday, no date given, it’s wednesday', advice: 'wait-a-week', holds: ['no-reply', 'interviews'], not: ['date-passed', 'date-to-come'] },
  { says: 'went silent after my second interview three weeks ago and I haven’t chased', advice: 'last-check-in', holds: ['no-reply', 'interviews'], not: ['followed-up', 'chased-since'] },
  { says: 'no reason given after two interviews, still want to work there', advice: 'ask-feedback', holds: ['turned-down'], not: ['no-reply', 'put-off'] },
];

describe('the “what happened?” box, on the 40 descriptions readers typed', () => {
  test.each(DESCRIPTIONS.map((description, index) => ({ ...description, number: index + 1 })))('$number: “$says”', ({ says, advice, holds, not = [], notFirst = [] }) => {
    const [first] = suggest(says);
    expect(first, 'a suggestion').toBeDefined();
    for (const answer of holds) expect(first!.answers, `fills in "${answer}"`).toContain(answer);
    for (const answer of notFirst) expect(first!.answers, `first leaves out "${answer}"`).not.toContain(answer);
    for (const suggestion of suggest(says)) {
      for (const answer of not) expect(suggestion.answers, `${suggestion.answers.join(' → ')} leaves out "${answer}"`).not.toContain(answer);
    }
    const onTheWay = pathsTo(advice).some((path) => first!.answers.every((answer, index) => path.answers[index] === answer));
    expect(onTheWay, `${first!.answers.join(' → ')} lies on a way to ${advice}`).toBe(true);
  });
});

describe('words that name no answer', () => {
  test('a reader’s team is not the Teams chat app', () => {
    for (const says of ['my team lead said no', 'the team went with someone else']) {
      for (const suggestion of suggest(says)) expect(suggestion.answers, says).not.toContain('by-text');
    }
    expect(suggest('rejected on Microsoft Teams')[0]?.answers).toContain('by-text');
  });
});
