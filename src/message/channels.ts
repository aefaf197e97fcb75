/**
 * The ways a template's message can be sent. A template's file holds three texts: the email (its
 * body, with a subject), a short version for a text, chat or LinkedIn message, and a script for a
 * call or voicemail; in person, talking points come first and the short version follows as the
 * same-day email; a job board's messages, a chat, take the short version too. This says which
 * channels a template offers, in what order, and with which text.
 */

export const CHANNEL_IDS = ['thread', 'email', 'job-board', 'text', 'linkedin', 'phone', 'in-person'] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

export interface MessageChannel {
  id: ChannelId;
  /** Placeholders allowed; only an email (a new one, or the same-day email after meeting) has a subject. */
  subject?: string;
  text: string;
  /** Said before the message is sent: lines for when they pick up, or talking points face to face. */
  points?: readonly string[];
}

/** The parts of a template's front matter and body that make its channels. */
export interface ChannelSource {
  /** A reply to their message: their thread (or job board) keeps the subject, so the words go without one. */
  inThread: boolean;
  subject: string;
  body: string;
  /** A text, chat or LinkedIn message: short, no subject, no sign-off block. */
  short: string;
  /** A call or voicemail script. */
  phone: string;
  /** Lines for when they pick up instead of the voicemail. */
  pickUp?: readonly string[] | undefined;
  /** Talking points for when the news comes face to face (then the short version, emailed the same day). */
  inPerson?: readonly string[] | undefined;
}

export function messageChannels(source: ChannelSource): MessageChannel[] {
  const body = source.body.trim();
  const short = source.short.trim();
  const reply = source.inThread ? [{ id: 'thread' as const, text: body }] : [];
  // A job board's messages are a chat: the short version, briefly (scenario 34), like a text.
  const jobBoard = source.inThread ? [{ id: 'job-board' as const, text: short }] : [];
  return [
    ...reply,
    { id: 'email', subject: source.subject, text: body },
    ...jobBoard,
    { id: 'text', text: short },
    { id: 'linkedin', text: short },
    { id: 'phone', text: source.phone.trim(), ...(source.pickUp ? { points: source.pickUp } : {}) },
    ...(source.inPerson ? [{ id: 'in-person' as const, subject: source.subject, text: short, points: source.inPerson }] : []),
  ];
}
