import { describe, expect, test } from 'vitest';
import { messageChannels } from '../../src/guide/message-channels';

const body = '\nHello {theirName},\n\nThanks.\n';

describe('the channels a template offers', () => {
  test('an email sent in their thread offers the reply first (no subject), then a new email with its subject', () => {
    const channels = messageChannels({ channel: 'email', inThread: true, subject: 'About the {role} role', body });
    expect(channels).toEqual([
      { id: 'thread', text: 'Hello {theirName},\n\nThanks.' },
      { id: 'email', subject: 'About the {role} role', text: 'Hello {theirName},\n\nThanks.' },
    ]);
  });

  test('a new email alone when it is not a reply', () => {
    expect(messageChannels({ channel: 'email', inThread: false, subject: 'Hi', body }).map((channel) => channel.id)).toEqual(['email']);
  });

  test('a LinkedIn version comes last, with its own words and no subject', () => {
    const channels = messageChannels({ channel: 'email', inThread: true, subject: 'Hi', body, linkedin: ' Short note, {theirName}. ' });
    expect(channels.map((channel) => channel.id)).toEqual(['thread', 'email', 'linkedin']);
    expect(channels[2]).toEqual({ id: 'linkedin', text: 'Short note, {theirName}.' });
  });

  test('a voicemail script is the phone channel; a LinkedIn note is the LinkedIn channel only', () => {
    expect(messageChannels({ channel: 'voicemail', inThread: false, body })).toEqual([{ id: 'phone', text: 'Hello {theirName},\n\nThanks.' }]);
    expect(messageChannels({ channel: 'linkedin', inThread: false, body, linkedin: 'ignored' })).toEqual([
      { id: 'linkedin', text: 'Hello {theirName},\n\nThanks.' },
    ]);
  });
});
