import { describe, expect, test } from 'vitest';
import { articleSchema, guideAnswerSchema, guideQuestionSchema, moveOnSchema, questionSchema, templateFieldSchema, templateSchema } from '../../src/lib/content-schemas';
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

  test('every template has a subject, a short version and a phone script; the schema names each one missing', () => {
    const template = { title: 'Ask for feedback', summary: 'For anyone turned down without a reason.', whenToUse: 'When you were turned down and would like to know one thing to improve.', tips: ['Keep it short.'] };
    expect(issuesOf(templateSchema.safeParse(template)).sort()).toEqual(['afterSending', 'phone', 'short', 'subject']);
    expect(issuesOf(templateSchema.safeParse({ ...template, fields: [{ name: 'Bad Name', label: 'x', hint: 'hint here', example: 'e' }] }))).toContain('fields.0.name');
  });

  test('a reminder counts either working days or months from the reader’s date', () => {
    const template = {
      title: 'Wait, then check in',
      summary: 'For when their date has not come yet.',
      whenToUse: 'When they promised an answer by a date that has not come yet.',
      subject: 'Checking in',
      short: 'Hi {theirName}, just checking in about the role.',
      phone: 'Hello {theirName}, this is {yourName}, checking in.',
      tips: ['Wait.'],
      afterSending: { next: 'rest' },
    };
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

const ok = (result: { success: boolean }) => result.success;
const text = (length: number) => 'x'.repeat(length);

describe('guide questions and answers', () => {
  const answer = { label: 'An agency', because: 'You heard it through an agency.' };
  const guideQuestion = { question: 'Who told you?', shortLabel: 'Who told you', answers: { agency: answer } };

  test('accept a complete question, with no keywords by default', () => {
    const parsed = guideQuestionSchema.safeParse(guideQuestion);
    expect(parsed.success).toBe(true);
    expect(parsed.data!.keywords).toEqual([]);
    expect(parsed.data!.answers.agency!.keywords).toEqual([]);
  });

  test('trim every sentence, and measure it trimmed', () => {
    const parsed = guideAnswerSchema.parse({ ...answer, label: '  An agency  ', keywords: ['  recruiter '] });
    expect(parsed.label).toBe('An agency');
    expect(parsed.keywords).toEqual(['recruiter']);
    expect(ok(guideAnswerSchema.safeParse({ ...answer, label: '   a   ' }))).toBe(false);
  });

  test('refuse a keyword with a comma in it: search would read two', () => {
    expect(ok(guideAnswerSchema.safeParse({ ...answer, keywords: ['keep on file'] }))).toBe(true);
    expect(ok(guideAnswerSchema.safeParse({ ...answer, keywords: ['keep on file, please'] }))).toBe(false);
  });

  test('limit each sentence to its lengths', () => {
    expect(ok(guideAnswerSchema.safeParse({ ...answer, label: text(2) }))).toBe(true);
    expect(ok(guideAnswerSchema.safeParse({ ...answer, label: text(1) }))).toBe(false);
    expect(ok(guideAnswerSchema.safeParse({ ...answer, label: text(70) }))).toBe(true);
    expect(ok(guideAnswerSchema.safeParse({ ...answer, label: text(71) }))).toBe(false);
    expect(ok(guideAnswerSchema.safeParse({ ...answer, hint: text(5) }))).toBe(true);
    expect(ok(guideAnswerSchema.safeParse({ ...answer, hint: text(4) }))).toBe(false);
    expect(ok(guideAnswerSchema.safeParse({ ...answer, because: text(201) }))).toBe(false);
    expect(ok(guideQuestionSchema.safeParse({ ...guideQuestion, question: text(91) }))).toBe(false);
    expect(ok(guideQuestionSchema.safeParse({ ...guideQuestion, shortLabel: text(2) }))).toBe(false);
  });

  test('allow up to 24 keywords of 2 to 40 characters', () => {
    expect(ok(guideQuestionSchema.safeParse({ ...guideQuestion, keywords: ['ghosted'] }))).toBe(true);
    expect(ok(guideQuestionSchema.safeParse({ ...guideQuestion, keywords: Array(24).fill('ghosted') }))).toBe(true);
    expect(ok(guideQuestionSchema.safeParse({ ...guideQuestion, keywords: Array(25).fill('ghosted') }))).toBe(false);
    expect(ok(guideQuestionSchema.safeParse({ ...guideQuestion, keywords: ['x'] }))).toBe(false);
    expect(ok(guideQuestionSchema.safeParse({ ...guideQuestion, keywords: [text(41)] }))).toBe(false);
  });

  test('check every answer', () => {
    expect(issuesOf(guideQuestionSchema.safeParse({ ...guideQuestion, answers: { agency: { label: 'An agency' } } }))).toEqual([
      'answers.agency.because',
    ]);
  });
});

describe('articles', () => {
  const article = {
    title: 'After the no: what to do next',
    description: text(50),
    summary: text(30),
    credit: { author: 'Sam Taylor', title: 'A guide', year: 2024, publisher: 'A publisher' },
    updated: '2026-01-05',
  };

  test('accept a complete article, reading the date', () => {
    const parsed = articleSchema.parse(article);
    expect(parsed.updated.toISOString()).toBe('2026-01-05T00:00:00.000Z');
  });

  test('the credit’s year is a whole year between 1990 and 2100', () => {
    const withYear = (year: number) => ok(articleSchema.safeParse({ ...article, credit: { ...article.credit, year } }));
    expect(withYear(1990)).toBe(true);
    expect(withYear(2100)).toBe(true);
    expect(withYear(1989)).toBe(false);
    expect(withYear(2101)).toBe(false);
    expect(withYear(2024.5)).toBe(false);
  });

  test('name the field that is too short', () => {
    expect(issuesOf(articleSchema.safeParse({ ...article, description: text(49) }))).toEqual(['description']);
    expect(issuesOf(articleSchema.safeParse({ ...article, credit: { ...article.credit, author: 'S' } }))).toEqual(['credit.author']);
  });
});

describe('reader questions', () => {
  test('related ids are slugs, at most five, none by default', () => {
    const { related: _related, ...withoutRelated } = question;
    expect(questionSchema.parse(withoutRelated).related).toEqual([]);
    expect(ok(questionSchema.safeParse({ ...question, related: ['a', 'b', 'c', 'd', 'e'] }))).toBe(true);
    expect(ok(questionSchema.safeParse({ ...question, related: ['a', 'b', 'c', 'd', 'e', 'f'] }))).toBe(false);
    const bad = questionSchema.safeParse({ ...question, related: ['Not_A_Slug'] });
    expect(issuesOf(bad)).toEqual(['related.0']);
    expect(bad.error!.issues[0]!.message).toMatch(/hyphens/);
  });

  test('every group the index knows, and every outcome, is accepted', () => {
    for (const group of ['no-reply', 'not-filled', 'internship', 'not-a-fit']) expect(ok(questionSchema.safeParse({ ...question, group })), group).toBe(true);
    for (const guideOutcome of ['ask-feedback', 'move-on-no-reply']) expect(ok(questionSchema.safeParse({ ...question, guideOutcome }))).toBe(true);
    expect(ok(questionSchema.safeParse({ ...question, guideOutcome: 'what-happened' }))).toBe(false);
  });

  test('one to six next steps, and a title short enough for search results', () => {
    expect(ok(questionSchema.safeParse({ ...question, nextSteps: Array(6).fill('Send a note.') }))).toBe(true);
    expect(ok(questionSchema.safeParse({ ...question, nextSteps: Array(7).fill('Send a note.') }))).toBe(false);
    expect(ok(questionSchema.safeParse({ ...question, title: text(70) }))).toBe(true);
    expect(ok(questionSchema.safeParse({ ...question, title: text(71) }))).toBe(false);
  });
});

/** A complete email template, as the message-template tests start from. */
const emailTemplate = {
  title: 'Ask for feedback',
  summary: 'For anyone turned down without a reason.',
  whenToUse: 'When you were turned down and would like to know one thing to improve.',
  subject: 'A quick question',
  short: 'Hi {theirName}, thanks for letting me know.',
  phone: 'Hello {theirName}, this is {yourName}. Thank you for letting me know.',
  tips: ['Keep it short.'],
  afterSending: { next: 'check-in', after: { workingDays: 5 } },
};

describe('message templates', () => {
  const email = emailTemplate;
  const field = { name: 'wouldHaveLearned', label: 'What you would have learned', hint: 'One short phrase.', example: 'budgeting' };

  test('sent now, not as a reply, with no extra fields, unless it says otherwise', () => {
    const parsed = templateSchema.parse(email);
    expect(parsed).toMatchObject({ timing: 'now', inThread: false, fields: [], articleSections: [], keywords: [] });
    expect(templateSchema.parse({ ...email, timing: 'wait', inThread: true }).timing).toBe('wait');
    expect(ok(templateSchema.safeParse({ ...email, timing: 'later' }))).toBe(false);
  });

  test('pick-up lines are one to four; talking points for meeting in person are two to four', () => {
    const withPickUp = (pickUp: string[]) => ok(templateSchema.safeParse({ ...email, pickUp }));
    expect(withPickUp(Array(4).fill('Thanks for picking up.'))).toBe(true);
    expect(withPickUp(Array(5).fill('Thanks for picking up.'))).toBe(false);
    expect(withPickUp([])).toBe(false);
    const withPoints = (inPerson: string[]) => ok(templateSchema.safeParse({ ...email, inPerson }));
    expect(withPoints(['Thank them.', 'Ask one question.'])).toBe(true);
    expect(withPoints(['Thank them.'])).toBe(false);
    expect(withPoints(Array(5).fill('Thank them.'))).toBe(false);
  });

  test('a second message has a heading, a reason to send it and its text, and nothing else', () => {
    const second = { heading: 'Thank your friend', intro: 'They put your name forward.', text: 'Hi {friendName}, thank you for the referral.' };
    expect(ok(templateSchema.safeParse({ ...email, secondMessage: second }))).toBe(true);
    expect(issuesOf(templateSchema.safeParse({ ...email, secondMessage: { ...second, intro: undefined } }))).toEqual(['secondMessage.intro']);
    expect(ok(templateSchema.safeParse({ ...email, secondMessage: { ...second, subject: 'Thanks' } }))).toBe(false);
  });

  test('the errors say what to fix', () => {
    const { subject: _subject, ...noSubject } = email;
    const messages = (input: object) => templateSchema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join(' | ');
    expect(messages(noSubject)).toMatch(/subject/);
    expect(messages({ ...email, articleSections: ['Not A Slug'] })).toMatch(/hyphens/);
    expect(messages({ ...email, fields: [{ ...field, name: 'would_have' }] })).toMatch(/camelCase/);
  });

  test('one to six tips', () => {
    expect(ok(templateSchema.safeParse({ ...email, tips: Array(6).fill('Keep it short.') }))).toBe(true);
    expect(ok(templateSchema.safeParse({ ...email, tips: Array(7).fill('Keep it short.') }))).toBe(false);
    expect(ok(templateSchema.safeParse({ ...email, tips: [] }))).toBe(false);
  });

  test('field names are camelCase, as written between braces', () => {
    const withName = (name: string) => ok(templateSchema.safeParse({ ...email, fields: [{ ...field, name }] }));
    for (const good of ['a', 'wouldHaveLearned', 'step2']) expect(withName(good), good).toBe(true);
    for (const bad of ['WouldHave', '2nd', 'would_have', 'would have', 'wouldHave!', ' would']) expect(withName(bad), bad).toBe(false);
  });

  test('a field is one line unless it says otherwise, and its fallback is short', () => {
    expect(templateFieldSchema.parse(field).multiline).toBe(false);
    expect(templateFieldSchema.parse({ ...field, multiline: true }).multiline).toBe(true);
    expect(ok(templateFieldSchema.safeParse({ ...field, fallback: 'Dear' }))).toBe(true);
    expect(ok(templateFieldSchema.safeParse({ ...field, fallback: '' }))).toBe(false);
    expect(ok(templateFieldSchema.safeParse({ ...field, fallback: text(41) }))).toBe(false);
  });

  test('a reminder is 1 to 30 working days, or 1 to 24 months, after the reader’s date', () => {
    const withReminder = (after: object) => ok(templateSchema.safeParse({ ...email, reminder: { from: 'The date they gave you', after } }));
    expect(withReminder({ workingDays: 30 })).toBe(true);
    expect(withReminder({ workingDays: 31 })).toBe(false);
    expect(withReminder({ workingDays: 0 })).toBe(false);
    expect(withReminder({ months: 24 })).toBe(true);
    expect(withReminder({ months: 25 })).toBe(false);
    expect(withReminder({ months: 1.5 })).toBe(false);
  });
});

describe('move-on advice', () => {
  const moveOn = {
    title: 'Let it go',
    summary: 'For when you have already followed up.',
    recommendation: 'Stop chasing and put your energy elsewhere.',
    nextSteps: [{ text: 'Apply elsewhere.' }, { text: 'Read more.', link: { href: '/questions/', label: 'More' } }],
  };

  test('accept complete advice, with no sections or keywords by default', () => {
    expect(moveOnSchema.parse(moveOn)).toMatchObject({ articleSections: [], keywords: [] });
  });

  test('links are paths on this site, with no spaces', () => {
    const withHref = (href: string) =>
      ok(moveOnSchema.safeParse({ ...moveOn, nextSteps: [moveOn.nextSteps[0], { text: 'Read more.', link: { href, label: 'More' } }] }));
    for (const good of ['/', '/questions/', '/guide/outcomes/ask-feedback/#next']) expect(withHref(good), good).toBe(true);
    for (const bad of ['questions/', 'x/questions/', '/a b', '/a\tb', ' /a']) expect(withHref(bad), bad).toBe(false);
    const error = moveOnSchema.safeParse({ ...moveOn, nextSteps: [moveOn.nextSteps[0], { text: 'Read more.', link: { href: 'q', label: 'More' } }] });
    expect(error.error!.issues[0]!.message).toMatch(/starting with \//);
  });

  test('two to six next steps', () => {
    const steps = (count: number) => ok(moveOnSchema.safeParse({ ...moveOn, nextSteps: Array(count).fill({ text: 'Apply elsewhere.' }) }));
    expect(steps(1)).toBe(false);
    expect(steps(2)).toBe(true);
    expect(steps(6)).toBe(true);
    expect(steps(7)).toBe(false);
  });

  test('an optional note, short enough to send as it is', () => {
    expect(ok(moveOnSchema.safeParse({ ...moveOn, note: { intro: 'If you like, send this:', text: 'Thank you for letting me know.' } }))).toBe(true);
    expect(ok(moveOnSchema.safeParse({ ...moveOn, note: { intro: 'If you like, send this:', text: text(321) } }))).toBe(false);
    expect(ok(moveOnSchema.safeParse({ ...moveOn, verdict: text(61) }))).toBe(false);
  });
});

describe('what comes after sending a message', () => {
  const after = (afterSending: unknown) => templateSchema.safeParse({ ...emailTemplate, afterSending });

  test('one check-in after a while, a look again when the reminder comes, or rest; anything else is named', () => {
    expect(after({ next: 'check-in', after: { workingDays: 5 } }).success).toBe(true);
    expect(after({ next: 'look-again' }).success).toBe(true);
    // The look again's delay is the reminder's, written once.
    expect(issuesOf(after({ next: 'look-again', after: { months: 3 } }))).toEqual(['afterSending']);
    expect(after({ next: 'rest' }).success).toBe(true);
    expect(issuesOf(after({ next: 'check-in' }))).toEqual(['afterSending.after']);
    expect(issuesOf(after({ next: 'rest', after: { months: 3 } }))).toEqual(['afterSending']);
    expect(issuesOf(after({ next: 'chase' }))).toEqual(['afterSending.next']);
  });
});

describe('a LinkedIn version of a message', () => {
  const email = emailTemplate;
  const linkedin = 'Hi {theirName}, thank you for letting me know.';

  test('is the field "short" now, used for texts, chats and LinkedIn alike: the old fields are named, not ignored', () => {
    expect(templateSchema.safeParse({ ...email }).success).toBe(true);
    expect(issuesOf(templateSchema.safeParse({ ...email, linkedin }))).toEqual(['']);
    expect(templateSchema.safeParse({ ...email, linkedin }).error!.issues[0]!.message).toMatch(/linkedin/);
    expect(templateSchema.safeParse({ ...email, channel: 'voicemail' }).error!.issues[0]!.message).toMatch(/channel/);
  });
});

describe('suggested answers for a field', () => {
  const field = { name: 'greeting', label: 'Greeting', hint: 'How they wrote to you.', example: 'Hi' };

  test('up to six short ones', () => {
    expect(templateFieldSchema.safeParse({ ...field, suggestions: ['Dear', 'Hi', 'Hello'] }).success).toBe(true);
    expect(templateFieldSchema.safeParse({ ...field, suggestions: Array(7).fill('Hi') }).success).toBe(false);
    expect(templateFieldSchema.safeParse({ ...field, suggestions: [text(41)] }).success).toBe(false);
  });
});
