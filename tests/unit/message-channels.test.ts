import { describe, expect, test } from 'vitest';
import { messageChannels } from '../../src/message/channels';
import { openingChannel } from '../../src/message/opening-channel';
import { shortTextProblem } from '../../src/message/short-text-rules';
import { contentFiles } from '../support/content-files';

const source = {
  subject: 'About the {role} role',
  body: '\nHello {theirName},\n\nThanks.\n',
  short: ' Hi {theirName}, thanks. ',
  phone: ' Hello {theirName}, this is {yourName}. ',
};

describe('the channels a template offers', () => {
  test('a reply offers their thread first (no subject), a new email with its subject, then the short versions (job board, text, LinkedIn) and the spoken one', () => {
    const channels = messageChannels({ ...source, inThread: true });
    expect(channels).toEqual([
      { id: 'thread', text: 'Hello {theirName},\n\nThanks.' },
      { id: 'email', subject: 'About the {role} role', text: 'Hello {theirName},\n\nThanks.' },
      { id: 'job-board', text: 'Hi {theirName}, thanks.' },
      { id: 'text', text: 'Hi {theirName}, thanks.' },
      { id: 'linkedin', text: 'Hi {theirName}, thanks.' },
      { id: 'phone', text: 'Hello {theirName}, this is {yourName}.' },
    ]);
  });

  test('a message that is not a reply has no thread and no job-board reply', () => {
    expect(messageChannels({ ...source, inThread: false }).map((channel) => channel.id)).toEqual(['email', 'text', 'linkedin', 'phone']);
  });

  test('lines for when they pick up go with the phone; talking points make an in-person channel, with the short version as the same-day email', () => {
    const channels = messageChannels({ ...source, inThread: false, pickUp: ['Ask if they have a minute.'], inPerson: ['Thank them.', 'Ask one question.'] });
    expect(channels.find((channel) => channel.id === 'phone')?.points).toEqual(['Ask if they have a minute.']);
    expect(channels.at(-1)).toEqual({ id: 'in-person', subject: 'About the {role} role', text: 'Hi {theirName}, thanks.', points: ['Thank them.', 'Ask one question.'] });
  });
});

describe('the channel a message opens on', () => {
  const all = ['thread', 'email', 'job-board', 'text', 'linkedin', 'phone', 'in-person'] as const;
  const opens = (facts: string[], offered: readonly (typeof all)[number][] = all) => openingChannel(new Set(facts), offered);

  test('where the news came from', () => {
    expect(opens(['news-by-email'])).toBe('thread');
    expect(opens(['news-by-text'])).toBe('text');
    expect(opens(['news-on-linkedin'])).toBe('linkedin');
    expect(opens(['news-in-person'])).toBe('in-person');
    expect(opens(['news-on-job-board'])).toBe('job-board');
    expect(opens(['news-by-phone', 'reach-by-phone'])).toBe('phone');
  });

  test('a phoned no from someone easier to reach by email opens on a new email (a call leaves no thread)', () => {
    expect(opens(['news-by-phone', 'reach-by-email'])).toBe('email');
  });

  test('an automatic message has nobody to reply to: a new email', () => {
    expect(opens(['automatic-message'])).toBe('email');
  });

  test('while waiting, where you have been in touch', () => {
    expect(opens(['contact-by-email'])).toBe('thread');
    expect(opens(['contact-by-phone'])).toBe('phone');
    expect(opens(['contact-by-text'])).toBe('text');
  });

  test('a channel the message does not offer falls back to the next that fits, else the first', () => {
    expect(opens(['news-by-email'], ['email', 'text', 'linkedin', 'phone'])).toBe('email');
    expect(opens(['news-in-person'], ['thread', 'email', 'text', 'linkedin', 'phone'])).toBe('email');
    expect(opens([], ['thread', 'email'])).toBe('thread');
  });
});

describe('a text or chat message (a template’s short version)', () => {
  test('has no subject line and no sign-off block: the name alone ends it', () => {
    expect(shortTextProblem('Hi {theirName}, thanks for letting me know.\n\n{yourName}')).toBeUndefined();
    expect(shortTextProblem('Hi {theirName}, thanks for letting me know.\n\nBest wishes,\n{yourName}')).toMatch(/sign-off block \("Best wishes,"\)/);
    expect(shortTextProblem('Subject: the role\nHi {theirName}, thanks.\n\n{yourName}')).toMatch(/subject line/);
    expect(shortTextProblem('Hi {theirName}, thanks.\n\nBest wishes\n{yourName}')).toMatch(/sign-off block \("Best wishes"\)/);
    expect(shortTextProblem('Hi {theirName}, thanks.\n \nThanks!\n{yourName}')).toMatch(/sign-off block \("Thanks!"\)/);
    expect(shortTextProblem('Hi {theirName}. I’d love to hear about other roles, thanks.\n\n{yourName}')).toBeUndefined();
  });

  test('every template’s short version keeps to it', () => {
    for (const file of contentFiles('templates')) expect(shortTextProblem(String(file.data.short)), file.path).toBeUndefined();
  });
});
