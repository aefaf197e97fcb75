import { setup } from 'xstate';
import { outcome, question } from './state-builders';

/**
 * The decision guide: "I was turned down — what should I do now?". Every question is a state,
 * every answer an event (and a URL segment), every outcome a final state: a message to send
 * (content/templates/<id>.md) or a recommendation to move on (content/move-on/<id>.md).
 *
 * The tree asks only for facts that change the advice or where it is sent: what happened, how the
 * news reached you (is there a person to reply to, and which channel does the message open on?),
 * how you feel about them now, what reason they gave, how far the process went, how long ago,
 * and what you have already sent. At most six answers to any outcome. Read it through guide-model.ts; the wording is in content/guide/<question>.md.
 */
export const guideMachine = setup({
  types: {
    events: {} as { type: string },
  },
}).createMachine({
  id: 'guide',
  initial: 'what-happened',
  states: {
    'what-happened': question({
      'turned-down': 'how-told',
      internal: 'internal-role',
      'no-reply': 'last-stage',
      'offer-withdrawn': 'offer-withdrawn',
      'on-hold': 'replied-yet',
      reposted: 'reapply-reposted',
      'feedback-arrived': 'thank-for-feedback',
      'feedback-unanswered': 'move-on-feedback-unanswered',
    }),

    // Turned down: how the news came says whether there is a person to reply to, and where the
    // message goes (the composer opens on that channel; the advice itself does not change).
    'how-told': question({
      'by-email': 'still-interested',
      'by-phone': 'easiest-way',
      'by-text': 'still-interested',
      'on-linkedin': 'still-interested',
      'in-person': 'still-interested',
      'on-job-board': 'still-interested',
      automated: 'met-anyone',
      agency: 'agency-reply',
    }),
    // A phoned "no" leaves no thread: write or ring back, whichever reaches them.
    'easiest-way': question({
      'phone-is-easiest': 'still-interested',
      'email-is-easiest': 'still-interested',
    }),
    'met-anyone': question({
      'only-applied': 'move-on-automated',
      'spoke-with-someone': 'their-reason',
    }),
    'still-interested': question({
      'still-keen': 'their-reason',
      'put-off': 'move-on-treated-poorly',
      angry: 'cool-down-first',
    }),
    'their-reason': question({
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
    }),
    'another-role': question({
      'role-in-mind': 'ask-which-role',
      'none-in-mind': 'ask-feedback',
    }),
    programme: question({
      'a-job': 'ask-feedback',
      referred: 'thank-your-referrer',
      'first-try': 'feedback-next-cycle',
      'tried-before': 'move-on-same-programme',
    }),

    // Still waiting: how far it went, where you talk, whether a date was promised, how long ago,
    // what was sent.
    'last-stage': question({
      applied: 'move-on-automated',
      'screening-call': 'in-touch-how',
      interviews: 'in-touch-how',
      'final-round': 'in-touch-how',
    }),
    'in-touch-how': question({
      'in-touch-by-email': 'promised-date',
      'in-touch-by-phone': 'promised-date',
      'in-touch-by-text': 'promised-date',
      'in-touch-on-linkedin': 'promised-date',
      'in-touch-on-job-board': 'promised-date',
    }),
    'promised-date': question({
      'date-to-come': 'wait-for-their-date',
      'date-passed': 'since-their-date',
      'no-date': 'time-since',
    }),
    'since-their-date': question({
      'within-two-days': 'wait-for-their-date',
      'under-six-weeks': 'in-touch-since',
      'six-weeks-or-more': 'too-long-to-chase',
    }),
    'in-touch-since': question({
      'not-since': 'last-check-in',
      'chased-since': 'move-on-no-reply',
      'new-date-passed': 'one-more-check-in',
    }),
    'time-since': question({
      'under-a-week': 'wait-a-week',
      'one-to-six-weeks': 'followed-up',
      'over-six-weeks': 'too-long-to-chase',
    }),
    'followed-up': question({
      'not-followed-up': 'last-check-in',
      'followed-up': 'move-on-no-reply',
      'their-new-date-passed': 'one-more-check-in',
    }),

    // The job was paused or cancelled.
    'replied-yet': question({
      'not-replied': 'thanks-for-letting-me-know',
      'already-replied': 'move-on-after-thanks',
    }),

    // Outcomes: a message to send…
    'ask-feedback': outcome('template'),
    'thank-your-referrer': outcome('template'),
    'reply-to-other-role': outcome('template'),
    'correct-the-fact': outcome('template'),
    'thank-you-stay-in-touch': outcome('template'),
    'overqualified-reply': outcome('template'),
    'ask-which-role': outcome('template'),
    'accept-feedback-offer': outcome('template'),
    'thank-for-feedback': outcome('template'),
    'kept-on-file': outcome('template'),
    'feedback-next-cycle': outcome('template'),
    'agency-reply': outcome('template'),
    'internal-role': outcome('template'),
    'offer-withdrawn': outcome('template'),
    'reapply-reposted': outcome('template'),
    'thanks-for-letting-me-know': outcome('template'),
    'last-check-in': outcome('template'),
    'one-more-check-in': outcome('template'),
    // …a message to send later…
    'wait-for-their-date': outcome('template'),
    'wait-a-week': outcome('template'),
    // …or a recommendation to move on (or to pause first).
    'move-on-automated': outcome('move-on'),
    'move-on-treated-poorly': outcome('move-on'),
    'cool-down-first': outcome('move-on'),
    'move-on-same-programme': outcome('move-on'),
    'move-on-no-reply': outcome('move-on'),
    'too-long-to-chase': outcome('move-on'),
    'move-on-after-thanks': outcome('move-on'),
    'move-on-rule': outcome('move-on'),
    'move-on-feedback-unanswered': outcome('move-on'),
  },
});
