import { describe, expect, test } from 'vitest';
import { contentFile, contentFiles } from '../support/content-files';
import { delayProblem, withDelayInWords } from '../../src/lib/template-delay';

/**
 * The timing rules of ../shared/content/scenarios.md, stated a second time, by hand: each template
 * that waits or sets a reminder, and its delay. Changing a number in a template's front matter
 * fails here; its prose follows the number by itself ({delay}).
 */
const DELAYS: Record<string, { workingDays: number } | { months: number }> = {
  // No date given: about five working days after the interview before one check-in.
  'wait-a-week': { workingDays: 5 },
  // A promised date: one or two working days after it.
  'wait-for-their-date': { workingDays: 2 },
  // "We'll keep your details on file": check their careers page in about three months.
  'kept-on-file': { months: 3 },
  // A graduate scheme: look again when next year's applications open.
  'feedback-next-cycle': { months: 10 },
};

describe('each template’s delay, as the timing rules give it', () => {
  test.each(Object.entries(DELAYS))('%s', (id, delay) => {
    expect(contentFile('templates', id).data.reminder).toMatchObject({ after: delay });
  });

  test('no other template sets a delay the table does not state', () => {
    const withDelay = contentFiles('templates').filter((file) => file.data.reminder).map((file) => file.id);
    expect(withDelay.sort()).toEqual(Object.keys(DELAYS).sort());
  });
});

describe('a delay is written once', () => {
  const template = { title: 'Wait {delay}, then check in', summary: 'For when it has been less than {delay}.', whenToUse: 'Wait {delay} after the interview.', tips: ['Keep applying.'] };

  test('prose says {delay}, and reads the number as words', () => {
    const filled = withDelayInWords({ ...template, reminder: { after: { workingDays: 5 } } });
    expect(filled.title).toBe('Wait five working days, then check in');
    expect(filled.whenToUse).toBe('Wait five working days after the interview.');
    expect(withDelayInWords({ ...template, reminder: { after: { months: 3 } } }).summary).toBe('For when it has been less than three months.');
  });

  test('a delay written out in a template with a reminder stops the build, naming the field', () => {
    for (const written of ['Wait five working days.', 'Set for 3 months.', 'Less than a week ago.', 'Wait a day or two.']) {
      expect(delayProblem({ ...template, whenToUse: written, reminder: { after: { workingDays: 5 } } })?.field, written).toBe('whenToUse');
    }
    expect(delayProblem({ ...template, tips: ['Wait two weeks.'], reminder: { after: { months: 3 } } })?.field).toBe('tips');
  });

  test('{delay} may not open a sentence: its words are lower case', () => {
    expect(delayProblem({ ...template, summary: '{delay} is how long to wait.', reminder: { after: { workingDays: 5 } } })?.field).toBe('summary');
  });

  test('{delay} without a reminder to fill it from stops the build', () => {
    expect(delayProblem(template)?.problem).toMatch(/no "reminder.after"/);
  });

  test('prose that names no delay passes', () => {
    expect(delayProblem({ ...template, reminder: { after: { workingDays: 2 } } })).toBeUndefined();
  });

  test('no template with a reminder writes its delay in words', () => {
    for (const file of contentFiles('templates').filter((candidate) => candidate.data.reminder)) {
      expect(delayProblem(file.data as unknown as Parameters<typeof delayProblem>[0]), file.path).toBeUndefined();
    }
  });
});
