import { describe, expect, test } from 'vitest';
import { questionSchema, templateSchema, moveOnSchema } from '../../src/lib/content-schemas';
import { checkRelatedQuestions } from '../../src/lib/question-checks';

const question = {
  title: 'A reader question headline',
  description: 'A one-line summary of the answer that is long enough to pass the check.',
  group: 'no-reply',
  situation: 'A reader had three interviews and then heard nothing for two weeks.',
  guideOutcome: 'last-check-in',
  related: ['mismatch'],
  nextSteps: ['Send one short note.'],
};

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('content schemas', () => {
  test('accept a complete question', () => {
    expect(questionSchema.safeParse(question).success).toBe(true);
  });

  test('name the missing or mistyped field', () => {
    const { description: _missing, ...withoutDescription } = question;
    expect(issuesOf(questionSchema.safeParse(withoutDescription))).toEqual(['description']);
    expect(issuesOf(questionSchema.safeParse({ ...question, group: 'no-replies' }))).toEqual(['group']);
    expect(issuesOf(questionSchema.safeParse({ ...question, guideOutcome: 'call-them' }))).toEqual(['guideOutcome']);
    expect(issuesOf(questionSchema.safeParse({ ...question, nextSteps: [] }))).toEqual(['nextSteps']);
  });

  test('an email template needs a subject; a voicemail needs lines for when they pick up; a LinkedIn note has no subject', () => {
    const template = { title: 'Ask for feedback', summary: 'For anyone turned down without a reason.', whenToUse: 'When you were turned down and would like to know one thing to improve.', tips: ['Keep it short.'] };
    expect(issuesOf(templateSchema.safeParse(template))).toEqual(['subject']);
    expect(issuesOf(templateSchema.safeParse({ ...template, channel: 'voicemail' }))).toEqual(['pickUp']);
    expect(templateSchema.safeParse({ ...template, channel: 'voicemail', pickUp: ['Thank you for picking up.'] }).success).toBe(true);
    expect(issuesOf(templateSchema.safeParse({ ...template, channel: 'linkedin', subject: 'Hello there' }))).toEqual(['subject']);
    expect(issuesOf(templateSchema.safeParse({ ...template, subject: 'Hello there', pickUp: ['Thank you for picking up.'] }))).toEqual(['pickUp']);
    expect(issuesOf(templateSchema.safeParse({ ...template, subject: 'Hi', fields: [{ name: 'Bad Name', label: 'x', hint: 'hint here', example: 'e' }] }))).toContain('fields.0.name');
  });

  test('a reminder counts either working days or months from the reader’s date', () => {
    const template = { title: 'Wait, then check in', summary: 'For when their date has not come yet.', whenToUse: 'When they promised an answer by a date that has not come yet.', subject: 'Checking in', tips: ['Wait.'] };
    const withReminder = (after: unknown) => templateSchema.safeParse({ ...template, reminder: { from: 'The date they gave you', after } });
    expect(withReminder({ workingDays: 2 }).success).toBe(true);
    expect(withReminder({ months: 6 }).success).toBe(true);
    expect(withReminder({ days: 2 }).success).toBe(false);
    expect(withReminder({ workingDays: 2, months: 1 }).success).toBe(false);
  });

  test('move-on links must be site paths', () => {
    const moveOn = {
      title: 'Let it go',
      summary: 'For when you have already followed up.',
      recommendation: 'Stop chasing and put your energy elsewhere.',
      nextSteps: [{ text: 'Apply elsewhere.' }, { text: 'Read more.', link: { href: 'https://elsewhere.example/', label: 'More' } }],
    };
    expect(issuesOf(moveOnSchema.safeParse(moveOn))).toEqual(['nextSteps.1.link.href']);
  });
});

describe('related questions', () => {
  const entry = (id: string, related: string[]) => ({ id, filePath: `content/questions/${id}.mdx`, data: { related } });

  test('pass when every related id exists', () => {
    expect(() => checkRelatedQuestions([entry('a', ['b']), entry('b', ['a'])])).not.toThrow();
  });

  test('name the file and field of a broken reference', () => {
    expect(() => checkRelatedQuestions([entry('a', ['zzz'])])).toThrow(/content\/questions\/a\.mdx: field "related" names "zzz"/);
    expect(() => checkRelatedQuestions([entry('a', ['a'])])).toThrow(/lists the question itself/);
  });
});
