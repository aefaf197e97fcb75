import { setup } from 'xstate';
import { outcome, question } from './state-builders';

/**
 * The decision guide: "I was turned down — what should I do now?". Every question is a state,
 * every answer an event, and every outcome a final state tagged "template" (a message to send,
 * content/templates/<id>.md) or "move-on" (content/move-on/<id>.md). Pages, links, search
 * records and tests are all derived from this one definition.
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
      question: 'What happened?',
      shortLabel: 'What happened',
      hint: 'Choose the one closest to your situation.',
      answers: [
        {
          slug: 'turned-down',
          label: 'They turned me down',
          hint: 'A rejection by email, phone or letter.',
          because: 'They have told you no.',
          to: 'still-interested',
        },
        {
          slug: 'not-filling',
          label: 'They are not filling the job for now',
          hint: 'The role is on hold or cancelled.',
          because: 'They have put the job on hold rather than turning you down.',
          to: 'advertised-again',
        },
        {
          slug: 'no-reply',
          label: 'I haven’t heard back',
          hint: 'The process went quiet after your interviews.',
          because: 'They have gone quiet after your interviews.',
          to: 'promised-date',
        },
      ],
    }),

    // Turned down
    'still-interested': question({
      question: 'Would you still like to work there one day?',
      shortLabel: 'Still interested',
      hint: 'Think about how they treated you during the process.',
      answers: [
        {
          slug: 'still-interested',
          label: 'Yes, I would',
          because: 'You would still like to work there, so a good last impression is worth making.',
          to: 'their-reason',
        },
        {
          slug: 'not-interested',
          label: 'No, not after how it went',
          hint: 'For example a rushed, careless or rude interview.',
          because: 'The way they ran the process has put you off working there.',
          to: 'move-on-treated-poorly',
        },
      ],
    }),
    'their-reason': question({
      question: 'What did they say about why?',
      shortLabel: 'Their reason',
      answers: [
        {
          slug: 'no-reason',
          label: 'Nothing specific, just no',
          because: 'They gave no reason, so one easy question may tell you why.',
          to: 'internship',
        },
        {
          slug: 'came-close',
          label: 'I came close and they left the door open',
          hint: 'For example: a top candidate, but someone else had more of one skill.',
          because: 'You came close and they said they would consider you again.',
          to: 'thank-you-stay-in-touch',
        },
        {
          slug: 'role-changed',
          label: 'The role changed, or they went a different way',
          because: 'The job itself changed, which is not a verdict on you.',
          to: 'thank-you-stay-in-touch',
        },
        {
          slug: 'overqualified',
          label: 'I am over-qualified',
          hint: 'Said outright, or strongly hinted.',
          because: 'They think you are over-qualified, an assumption a reply can answer.',
          to: 'overqualified-reply',
        },
        {
          slug: 'not-a-fit',
          label: 'Not a fit for this role, maybe another',
          hint: 'For example: a mismatch with what they expected, or a better fit elsewhere.',
          because: 'Their message hints that you might suit a different role.',
          to: 'ask-which-role',
        },
      ],
    }),
    internship: question({
      question: 'Was it an internship or a student placement?',
      shortLabel: 'Internship',
      answers: [
        {
          slug: 'internship',
          label: 'Yes, an internship or placement',
          because: 'It was an internship, where each cycle has its own applications.',
          to: 'which-internship',
        },
        {
          slug: 'job',
          label: 'No, a job',
          because: 'It was a job rather than an internship.',
          to: 'how-in-touch',
        },
      ],
    }),
    'which-internship': question({
      question: 'What would you like to apply for next?',
      shortLabel: 'Next application',
      answers: [
        {
          slug: 'same-internship',
          label: 'The same internship again',
          because: 'You hope to try for the same internship again.',
          to: 'move-on-same-internship',
        },
        {
          slug: 'different-internship',
          label: 'A different internship with them',
          hint: 'Another team, department or set of duties.',
          because: 'You would like a different internship with the same employer.',
          to: 'ask-feedback',
        },
      ],
    }),
    'how-in-touch': question({
      question: 'How have you mostly been in touch with them?',
      shortLabel: 'How you were in touch',
      answers: [
        {
          slug: 'by-email',
          label: 'By email',
          because: 'You have been in touch by email, so a short email fits.',
          to: 'ask-feedback',
        },
        {
          slug: 'by-phone',
          label: 'By phone',
          because: 'You have spoken by phone, so a short voicemail can carry your warmth.',
          to: 'voicemail-script',
        },
      ],
    }),

    // Not filling the job
    'advertised-again': question({
      question: 'Has the job been advertised again since?',
      shortLabel: 'Advertised again',
      answers: [
        {
          slug: 'reposted',
          label: 'Yes, it has been posted again',
          because: 'The job they paused is open again.',
          to: 'reapply-reposted',
        },
        {
          slug: 'not-reposted',
          label: 'No, not that I have seen',
          because: 'The job is still on hold.',
          to: 'replied-yet',
        },
      ],
    }),
    'replied-yet': question({
      question: 'Have you replied to their message?',
      shortLabel: 'Replied yet',
      answers: [
        {
          slug: 'not-replied',
          label: 'Not yet',
          because: 'You have not replied yet, and a short thank-you keeps you in mind.',
          to: 'thanks-for-letting-me-know',
        },
        {
          slug: 'already-replied',
          label: 'Yes, I have thanked them',
          because: 'You have already thanked them, so nothing more is owed.',
          to: 'move-on-after-thanks',
        },
      ],
    }),

    // No reply
    'promised-date': question({
      question: 'Did they promise you an answer by a certain date?',
      shortLabel: 'Promised date',
      answers: [
        {
          slug: 'date-passed',
          label: 'Yes, and that date has passed',
          because: 'The date they gave you has come and gone.',
          to: 'in-touch-since',
        },
        {
          slug: 'date-to-come',
          label: 'Yes, and it has not come yet',
          because: 'Their date has not arrived yet, so it is best to wait for it.',
          to: 'last-check-in',
        },
        {
          slug: 'no-date',
          label: 'No date was given',
          because: 'They never said when you would hear.',
          to: 'followed-up',
        },
      ],
    }),
    'in-touch-since': question({
      question: 'Have you been in touch since that date passed?',
      shortLabel: 'In touch since',
      answers: [
        {
          slug: 'not-since',
          label: 'No, not since then',
          because: 'You have not chased them since their date passed.',
          to: 'last-check-in',
        },
        {
          slug: 'chased-since',
          label: 'Yes, and still no answer',
          because: 'You have already checked in since then and still heard nothing.',
          to: 'move-on-no-reply',
        },
      ],
    }),
    'followed-up': question({
      question: 'Have you already followed up?',
      shortLabel: 'Followed up',
      answers: [
        {
          slug: 'not-followed-up',
          label: 'Not yet',
          because: 'You have not followed up yet, so one polite check-in is fair.',
          to: 'last-check-in',
        },
        {
          slug: 'followed-up',
          label: 'Yes, and heard nothing',
          because: 'You have already followed up and heard nothing back.',
          to: 'move-on-no-reply',
        },
      ],
    }),

    // Outcomes: a message to send…
    'ask-feedback': outcome('template'),
    'thank-you-stay-in-touch': outcome('template'),
    'overqualified-reply': outcome('template'),
    'thanks-for-letting-me-know': outcome('template'),
    'reapply-reposted': outcome('template'),
    'last-check-in': outcome('template'),
    'ask-which-role': outcome('template'),
    'voicemail-script': outcome('template'),
    // …or a recommendation to move on.
    'move-on-treated-poorly': outcome('move-on'),
    'move-on-no-reply': outcome('move-on'),
    'move-on-same-internship': outcome('move-on'),
    'move-on-after-thanks': outcome('move-on'),
  },
});
