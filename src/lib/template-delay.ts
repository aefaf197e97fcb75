import type { ReminderOffset } from '../guide/reminder-date';
import { describeOffset } from './reminder-text';

/**
 * A template's delay is written once, as a number in its front matter: how long until its
 * reminder (`reminder.after`), or, for a message that may earn one check-in, how long to wait for
 * a reply (`afterSending.after`). Its advice says `{delay}` wherever it names it, and
 * `{delay:other-template}` for another template's ("a promised date passed more than
 * {delay:wait-for-their-date} ago"); the build fills in the words ("five working days") and stops
 * on a delay written out by hand. Change the number, and every sentence follows.
 */

/** The advice fields of a template that may name a delay. */
const PROSE_FIELDS = ['title', 'summary', 'whenToUse', 'tips'] as const;

interface DelayProse {
  title: string;
  summary: string;
  whenToUse: string;
  tips: string[];
  reminder?: { after: ReminderOffset } | undefined;
  afterSending?: { next: string; after?: ReminderOffset } | undefined;
}

/** `{delay}`, or `{delay:template-id}`. */
const DELAY = /\{delay(?::([a-z0-9-]+))?\}/g;
/** Anything that looks like one ("{Delay}", "{delay: wait-a-week}"): each must be exactly DELAY. */
const DELAY_LIKE = /\{\s*delay[^}]*\}/gi;

/**
 * A duration written out in words or figures ("five working days", "3 months", "a week", "a day or
 * two", "a fortnight"): it should have been `{delay}`. "One day" is left alone: it means "some day"
 * ("I'd love to work there one day").
 */
const WRITTEN_DELAY =
  /\b(?:(?:a|an|one\s+more)\s+(?:working\s+)?(?:day|week|month|year|hour)|one\s+(?:working\s+day|week|month|year)|(?:a\s+few|a\s+couple\s+of|several|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]+(?:working[\s-]+)?(?:days?|weeks?|months?|years?|hours?)|a\s+fortnight)\b/i;

/** The template's own delay: its reminder's, or the wait before its one check-in. */
export function delayOf(data: Pick<DelayProse, 'reminder' | 'afterSending'>): ReminderOffset | undefined {
  return data.reminder?.after ?? (data.afterSending?.next === 'check-in' ? data.afterSending.after : undefined);
}

/** Every template's delay, by id: what `{delay:id}` reads. */
export type DelaysById = ReadonlyMap<string, ReminderOffset | undefined>;

/** What is wrong with the delays in a template's advice, if anything: the field and the problem. */
export function delayProblem(data: DelayProse, delays: DelaysById): { field: string; problem: string } | undefined {
  if (data.reminder && data.afterSending?.next === 'check-in') {
    return { field: 'afterSending', problem: 'sets a check-in delay beside "reminder.after"; a template has one delay: drop one of them' };
  }
  for (const field of PROSE_FIELDS) {
    const texts = field === 'tips' ? data.tips : [data[field]];
    for (const text of texts) {
      const misspelt = [...text.matchAll(DELAY_LIKE)].find(([written]) => !new RegExp(`^${DELAY.source}$`).test(written));
      if (misspelt) return { field, problem: `writes "${misspelt[0]}"; write {delay}, or {delay:template-id} with the template's file name` };
      for (const [placeholder, other] of text.matchAll(DELAY)) {
        if (other === undefined && !delayOf(data)) {
          return { field, problem: `says ${placeholder}, but the template has no "reminder.after" or check-in "afterSending.after" to fill it from` };
        }
        if (other !== undefined && !delays.get(other)) {
          return { field, problem: `says ${placeholder}, but there is no template "${other}" with a delay` };
        }
      }
      if (/^\{delay/.test(text)) {
        return { field, problem: `opens with {delay}, which is written in lower case; start the sentence with another word` };
      }
      const written = WRITTEN_DELAY.exec(text);
      if (written) {
        return { field, problem: `writes a delay ("${written[0]}"); write {delay} (or {delay:template-id}) so the words follow the number in front matter` };
      }
    }
  }
  return undefined;
}

/** The template's advice with each `{delay}` in words (delayProblem has checked they all have one). */
export function withDelayInWords<T extends DelayProse>(data: T, delays: DelaysById): T {
  // The words are lower case ("five working days"), so {delay} may not open a sentence (delayProblem).
  const fill = (text: string) =>
    text.replace(DELAY, (placeholder, other?: string) => {
      const offset = other === undefined ? delayOf(data) : delays.get(other);
      if (!offset) throw new Error(`${placeholder} has no delay to fill it from (delayProblem should have said so).`);
      return describeOffset(offset);
    });
  return { ...data, title: fill(data.title), summary: fill(data.summary), whenToUse: fill(data.whenToUse), tips: data.tips.map(fill) };
}
