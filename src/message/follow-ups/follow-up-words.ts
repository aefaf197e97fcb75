import { formatText } from '../../i18n/format';
import { dayInWords } from '../day-in-words';
import type { NextStep } from './next-step';
import type { SentMessage } from './follow-ups-store';

/** What the follow-ups page says about an application's next step (strings from src/i18n, {day} unfilled). */
export interface NextStepTexts {
  checkIn: string;
  checkInNow: string;
  lookAgain: string;
  lookAgainNow: string;
  rest: string;
  nothingSent: string;
}

/** The next step in words: a day still to come is named, one that has come is "now". */
export function nextStepText(step: NextStep, today: string, locale: string, texts: NextStepTexts): string {
  if (step.kind === 'rest') return texts.rest;
  if (step.kind === 'nothing-sent') return texts.nothingSent;
  const [later, now] = step.kind === 'check-in' ? [texts.checkIn, texts.checkInNow] : [texts.lookAgain, texts.lookAgainNow];
  return step.day > today ? formatText(later, { day: dayInWords(step.day, today, locale) }) : now;
}

export interface SentTexts {
  /** {title}, {channel}, {day} */
  sentItem: string;
  unknownTemplate: string;
  unknownChannel: string;
}

/** One message sent, in words: which, how and when. A template or channel since gone still reads. */
export function sentText(sent: SentMessage, titles: Readonly<Record<string, string>>, channels: Readonly<Record<string, string>>, today: string, locale: string, texts: SentTexts): string {
  return formatText(texts.sentItem, {
    title: (Object.hasOwn(titles, sent.template) && titles[sent.template]) || texts.unknownTemplate,
    channel: (Object.hasOwn(channels, sent.channel) && channels[sent.channel]) || texts.unknownChannel,
    day: dayInWords(sent.day, today, locale),
  });
}

/** Most recent first; within a day, the last noted first (the sort is stable). */
export const newestFirst = (sent: readonly SentMessage[]): SentMessage[] => [...sent].reverse().sort((a, b) => b.day.localeCompare(a.day));
