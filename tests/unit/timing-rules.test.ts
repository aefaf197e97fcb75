import { describe, expect, test } from 'vitest';
import { contentFile, contentFiles } from '../support/content-files';
import { delayOf, delayProblem, withDelayInWords } from '../../src/lib/template-delay';

/**
 * The timing rules of ../shared/content/scenarios.md, stated a second time, by hand: for every
 * template, how long before its reminder, and what the reader's follow-ups list says after it is
 * sent (one check-in after a while, look again when the reminder comes, or let it rest). Changing
 * a number or a rule in a template's front matter fails here; its prose follows the number by
 * itself ({delay}).
 */
type Offset = { workingDays: number } | { months: number };
const RULES: Record<string, { reminder?: Offset; afterSending: { next: 'check-in'; after: Offset } | { next: 'look-again' } | { next: 'rest' } }> = {
  // No date given: about five working days after the interview before one check-in.
  'wait-a-week': { reminder: { workingDays: 5 }, afterSending: { next: 'rest' } },
  // A promised date: one or two working days after it; the check-in it sends is the one allowed.
  'wait-for-their-date': { reminder: { workingDays: 2 }, afterSending: { next: 'rest' } },
  // "We'll keep your details on file": check their careers page in about three months (the reader
  // moves the reminder to the time they were given: six months in scenario 14).
  'kept-on-file': { reminder: { months: 3 }, afterSending: { next: 'look-again' } },
  // A graduate scheme: look again when next year's applications open.
  'feedback-next-cycle': { reminder: { months: 10 }, afterSending: { next: 'look-again' } },
  // One check-in sent (or a second, after their own new date): after it, stop chasing.
  'last-check-in': { afterSending: { next: 'rest' } },
  'one-more-check-in': { afterSending: { next: 'rest' } },
  // A message that asks them for something they offered or owe you (a conversation, the agency's
  // next roles, their feedback, an answer about the other role, your reapplication): no date was
  // given, so one check-in after about five working days.
  'accept-feedback-offer': { afterSending: { next: 'check-in', after: { workingDays: 5 } } },
  'agency-reply': { afterSending: { next: 'check-in', after: { workingDays: 5 } } },
  'internal-role': { afterSending: { next: 'check-in', after: { workingDays: 5 } } },
  'reapply-reposted': { afterSending: { next: 'check-in', after: { workingDays: 5 } } },
  'reply-to-other-role': { afterSending: { next: 'check-in', after: { workingDays: 5 } } },
  // A withdrawn offer: the reader's own position can't wait, so a check-in after two working days.
  'offer-withdrawn': { afterSending: { next: 'check-in', after: { workingDays: 2 } } },
  // A request they never offered (feedback, which roles fit, a corrected fact): one request is the
  // limit; never ask twice (scenarios 31 and 36).
  'ask-feedback': { afterSending: { next: 'rest' } },
  'ask-which-role': { afterSending: { next: 'rest' } },
  'correct-the-fact': { afterSending: { next: 'rest' } },
  'thank-your-referrer': { afterSending: { next: 'rest' } },
  // Thanks that ask for nothing: nothing to follow up.
  'overqualified-reply': { afterSending: { next: 'rest' } },
  'thank-for-feedback': { afterSending: { next: 'rest' } },
  'thank-you-stay-in-touch': { afterSending: { next: 'rest' } },
  'thanks-for-letting-me-know': { afterSending: { next: 'rest' } },
};

describe('each template’s delays and follow-up, as the timing rules give them', () => {
  test.each(Object.entries(RULES))('%s', (id, { reminder, afterSending }) => {
    const data = contentFile('templates', id).data as { reminder?: { after: Offset }; afterSending: unknown };
    expect(data.reminder?.after, 'its reminder').toEqual(reminder);
    expect(data.afterSending, 'what comes after sending it').toEqual(afterSending);
  });

  test('every template is in the table', () => {
    expect(contentFiles('templates').map((file) => file.id).sort()).toEqual(Object.keys(RULES).sort());
  });
});

describe('a delay is written once', () => {
  const NONE = new Map();
  const template = { title: 'Wait {delay}, then check in', summary: 'For when it has been less than {delay}.', whenToUse: 'Wait {delay} after the interview.', tips: ['Keep applying.'] };

  test('prose says {delay}, and reads the number as words', () => {
    const filled = withDelayInWords({ ...template, reminder: { after: { workingDays: 5 } } }, NONE);
    expect(filled.title).toBe('Wait five working days, then check in');
    expect(filled.whenToUse).toBe('Wait five working days after the interview.');
    expect(withDelayInWords({ ...template, reminder: { after: { months: 3 } } }, NONE).summary).toBe('For when it has been less than three months.');
  });

  test('a check-in’s wait is a delay too, and another template’s is {delay:its-id}', () => {
    const checkIn = { ...template, afterSending: { next: 'check-in', after: { workingDays: 5 } } };
    expect(withDelayInWords(checkIn, NONE).title).toBe('Wait five working days, then check in');
    const delays = new Map([['wait-for-their-date', { workingDays: 2 }]]);
    const other = { ...template, whenToUse: 'Their date passed more than {delay:wait-for-their-date} ago.' };
    expect(withDelayInWords({ ...other, reminder: { after: { months: 3 } } }, delays).whenToUse).toBe('Their date passed more than two working days ago.');
    expect(delayProblem({ ...other, reminder: { after: { months: 3 } } }, new Map())?.problem).toMatch(/no template "wait-for-their-date"/);
  });

  test('a delay written out stops the build, naming the field, in any template; “one day” (some day) is no delay', () => {
    for (const written of ['Wait five working days.', 'Set for 3 months.', 'Less than a week ago.', 'Wait a day or two.', 'A working day or two after it.']) {
      expect(delayProblem({ ...template, whenToUse: written, reminder: { after: { workingDays: 5 } } }, NONE)?.field, written).toBe('whenToUse');
      expect(delayProblem({ title: 'Thanks', summary: 'Thanks.', whenToUse: written, tips: ['Keep applying.'] }, NONE)?.field, written).toBe('whenToUse');
    }
    expect(delayProblem({ ...template, tips: ['Wait two weeks.'], reminder: { after: { months: 3 } } }, NONE)?.field).toBe('tips');
    expect(delayProblem({ title: 'Thanks', summary: 'Thanks.', whenToUse: 'You may work there one day.', tips: ['Keep applying.'] }, NONE)).toBeUndefined();
  });

  test('more ways of writing a delay out are caught: hyphens, a few, a couple, a fortnight, hours, years', () => {
    for (const written of ['A five-day wait.', 'Give it a few days.', 'Wait a couple of weeks.', 'Wait a fortnight.', 'Within 48 hours.', 'Try again in a year.', 'Give them one more working day.']) {
      expect(delayProblem({ title: 'Thanks', summary: 'Thanks.', whenToUse: written, tips: ['Keep applying.'] }, NONE)?.field, written).toBe('whenToUse');
    }
  });

  test('a misspelt placeholder stops the build instead of reaching the page', () => {
    for (const written of ['Wait {Delay}.', 'Wait {delay: wait-a-week}.', 'Wait {delay:wait_a_week}.']) {
      expect(delayProblem({ ...template, whenToUse: written, reminder: { after: { workingDays: 5 } } }, NONE)?.problem, written).toMatch(/^writes "\{/);
    }
  });

  test('a template has one delay: a reminder and a check-in wait together stop the build', () => {
    const both = { ...template, reminder: { after: { months: 3 } }, afterSending: { next: 'check-in', after: { workingDays: 5 } } };
    expect(delayProblem(both, NONE)?.field).toBe('afterSending');
  });

  test('{delay} may not open a sentence: its words are lower case', () => {
    expect(delayProblem({ ...template, summary: '{delay} is how long to wait.', reminder: { after: { workingDays: 5 } } }, NONE)?.field).toBe('summary');
  });

  test('{delay} without a delay to fill it from stops the build', () => {
    expect(delayProblem(template, NONE)?.problem).toMatch(/no "reminder.after"/);
    expect(delayProblem({ ...template, afterSending: { next: 'rest' } }, NONE)?.problem).toMatch(/no "reminder.after"/);
  });

  test('prose that names no delay passes', () => {
    expect(delayProblem({ ...template, reminder: { after: { workingDays: 2 } } }, NONE)).toBeUndefined();
  });

  test('no template writes a delay in words', () => {
    const files = contentFiles('templates');
    const delays = new Map(files.map((file) => [file.id, delayOf(file.data as never)]));
    for (const file of files) {
      expect(delayProblem(file.data as unknown as Parameters<typeof delayProblem>[0], delays), file.path).toBeUndefined();
    }
  });
});
