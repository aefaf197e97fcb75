/**
 * The ways a template's message can be sent, each with its own text: a new email (with subject),
 * a reply in their email thread (no subject), a LinkedIn message, or a phone call / voicemail.
 * The texts are content (the template's file); this says which channels a template offers and
 * in what order (the first is shown first).
 */

export const CHANNEL_IDS = ['thread', 'email', 'linkedin', 'phone'] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

export interface MessageChannel {
  id: ChannelId;
  /** Placeholders allowed; only an email has a subject. */
  subject?: string;
  text: string;
}

/** The parts of a template's front matter and body that decide its channels. */
export interface ChannelSource {
  channel: 'email' | 'voicemail' | 'linkedin';
  inThread: boolean;
  subject?: string | undefined;
  /** A LinkedIn version of an email (at most 300 characters filled in). */
  linkedin?: string | undefined;
  body: string;
}

export function messageChannels(source: ChannelSource): MessageChannel[] {
  const body = source.body.trim();
  if (source.channel === 'voicemail') return [{ id: 'phone', text: body }];
  if (source.channel === 'linkedin') return [{ id: 'linkedin', text: body }];
  const email: MessageChannel = { id: 'email', subject: source.subject, text: body };
  // A reply in their thread keeps their subject line, so the same words go without one.
  const channels: MessageChannel[] = source.inThread ? [{ id: 'thread', text: body }, email] : [email];
  if (source.linkedin) channels.push({ id: 'linkedin', text: source.linkedin.trim() });
  return channels;
}
