import type { ChannelId } from './channels';

/**
 * The channel a message opens on, from what the reader told the guide: how the news reached them
 * or how they have been in touch (facts their answers establish, content/guide/*.md). The reader
 * can switch on the page; this only saves them the click. First rule that applies wins, so a
 * phoned "no" from someone easier to reach by email opens on the email.
 */
const RULES: readonly { fact: string; channels: readonly ChannelId[] }[] = [
  { fact: 'reach-by-email', channels: ['email'] },
  { fact: 'reach-by-phone', channels: ['phone'] },
  { fact: 'news-by-phone', channels: ['phone'] },
  { fact: 'contact-by-phone', channels: ['phone'] },
  { fact: 'news-by-text', channels: ['text'] },
  { fact: 'contact-by-text', channels: ['text'] },
  { fact: 'news-on-linkedin', channels: ['linkedin'] },
  { fact: 'contact-on-linkedin', channels: ['linkedin'] },
  { fact: 'news-on-job-board', channels: ['job-board', 'email'] },
  { fact: 'contact-on-job-board', channels: ['job-board', 'email'] },
  // Face to face: what to say there, then the same-day email (or the email, if the template has no talking points).
  { fact: 'news-in-person', channels: ['in-person', 'email'] },
  // An automatic message has nobody behind it to reply to: a new email to the person you met.
  { fact: 'automatic-message', channels: ['email'] },
  { fact: 'news-by-email', channels: ['thread', 'email'] },
  { fact: 'contact-by-email', channels: ['thread', 'email'] },
];

/** The facts the rules read (the build checks each is established by some answer). */
export const CHANNEL_FACTS: readonly string[] = RULES.map((rule) => rule.fact);

/** The channel to open on: the first rule that applies and that the template offers, else its first channel. */
export function openingChannel(facts: ReadonlySet<string>, offered: readonly ChannelId[]): ChannelId {
  for (const rule of RULES) {
    if (!facts.has(rule.fact)) continue;
    const channel = rule.channels.find((id) => offered.includes(id));
    if (channel) return channel;
  }
  const first = offered[0];
  if (!first) throw new Error('A message must offer at least one channel.');
  return first;
}
