import type { ReminderOffset } from '../guide/reminder-date';
import { describeOffset } from './reminder-text';

/**
 * A template's delay (how long to wait before sending, or until its reminder) is written once, as
 * a number in its front matter (`reminder.after`); its prose says `{delay}` wherever it names it,
 * and the build fills in the words ("five working days"). Change the number, and every sentence
 * follows.
 */

/** The prose fields of a template that may name its delay. */
const PROSE_FIELDS = ['title', 'summary', 'whenToUse', 'tips'] as const;

interface DelayProse {
  title: string;
  summary: string;
  whenToUse: string;
  tips: string[];
  reminder?: { after: ReminderOffset } | undefined;
}

const DELAY = '{delay}';

/**
 * A duration written out in words or figures ("five working days", "3 months", "a week"): in a
 * template with a delay, it should have been `{delay}`.
 */
const WRITTEN_DELAY = /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:working\s+)?(?:days?|weeks?|months?)\b/i;

/** What is wrong with a template's delay in its prose, if anything: the field and the problem. */
export function delayProblem(data: DelayProse): { field: string; problem: string } | undefined {
  for (const field of PROSE_FIELDS) {
    const texts = field === 'tips' ? data.tips : [data[field]];
    for (const text of texts) {
      if (text.includes(DELAY) && !data.reminder) {
        return { field, problem: `says ${DELAY}, but the template has no "reminder.after" to fill it from` };
      }
      if (text.startsWith(DELAY)) {
        return { field, problem: `opens with ${DELAY}, which is written in lower case; start the sentence with another word` };
      }
      const written = data.reminder && WRITTEN_DELAY.exec(text);
      if (written) {
        return { field, problem: `writes a delay ("${written[0]}"); write ${DELAY} so the words follow "reminder.after"` };
      }
    }
  }
  return undefined;
}

/** The template's prose with `{delay}` in words. */
export function withDelayInWords<T extends DelayProse>(data: T): T {
  if (!data.reminder) return data;
  const words = describeOffset(data.reminder.after);
  // The words are lower case ("five working days"), so {delay} may not open a sentence (delayProblem).
  const fill = (text: string) => text.replaceAll(DELAY, words);
  return { ...data, title: fill(data.title), summary: fill(data.summary), whenToUse: fill(data.whenToUse), tips: data.tips.map(fill) };
}
