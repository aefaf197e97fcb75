import { setup } from 'xstate';
import { outcome, question } from './state-builders';

/**
 * The decision guide: "I was turned down — what should I do now?". Every question is a state,
 * every answer an event (and a URL segment), every outcome a final state: a message to send
 * (content/templates/<id>.md) or a recommendation to move on (content/move-on/<id>.md).
 *
 * The tree asks only for facts that change the advice: what happened, who told you (is there a
 * person to reply to?), how you feel about them now, what reason they gave, how far the process
 * went, how long ago, and what you have already sent. One fact per answer; at most six answers
 * to any outcome. Read it through guide-model.ts; the wording is in content/guide/<question>.md.
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
      'turned-down': 'who-told-you',
      'no-reply': 'last-stage',
      'offer-withdrawn': 'offer-withdrawn',
      'on-hold': 'replied-yet',
      reposted: 'reapply-reposted',
      'feedback-arrived': 'thank-for-feedback',
    }),

    // Turned down: is there a person to reply to?
    'who-told-you': question({
      automated: 'met-anyone',
      agency: 'agency-reply',
      employer: 'still-interested',
      internal: 'internal-role',
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
      'role-changed': 'thank-you-stay-in-touch',
    }),
    'another-role': question({
      'role-in-mind': 'ask-which-role',
      'none-in-mind': 'how-in-touch',
    }),
    programme: question({
      'a-programme': 'applied-before',
      'a-job': 'how-in-touch',
    }),
    'applied-before': question({
      'first-try': 'feedback-next-cycle',
      'tried-before': 'move-on-same-programme',
    }),
    'how-in-touch': question({
      'by-email': 'ask-feedback',
      'by-phone': 'voicemail-script',
      'on-linkedin': 'linkedin-note',
    }),

    // Still waiting: how far it went, whether a date was promised, how long ago, what was sent.
    'last-stage': question({
      applied: 'move-on-automated',
      'screening-call': 'promised-date',
      interviews: 'promised-date',
      'final-round': 'promised-date',
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
    }),
    'time-since': question({
      'under-a-week': 'wait-a-week',
      'one-to-six-weeks': 'followed-up',
      'over-six-weeks': 'too-long-to-chase',
    }),
    'followed-up': question({
      'not-followed-up': 'last-check-in',
      'followed-up': 'move-on-no-reply',
    }),

    // The job was paused or cancelled.
    'replied-yet': question({
      'not-replied': 'thanks-for-letting-me-know',
      'already-replied': 'move-on-after-thanks',
    }),

    // Outcomes: a message to send…
    'ask-feedback': outcome('template'),
    'voicemail-script': outcome('template'),
    'linkedin-note': outcome('template'),
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
  },
});
