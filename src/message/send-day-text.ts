import { formatText } from '../i18n/format';
import { dayInWords } from './day-in-words';

/** What the page says about when to send: today, on a later day, or today because that day has passed. */
export interface SendDayTexts {
  /** {day} */
  today: string;
  /** {day} */
  later: string;
  /** {day}: the day counted from their date is already behind us */
  passed: string;
}

export function sendDayText(day: string, today: string, locale: string, texts: SendDayTexts): string {
  if (day > today) return formatText(texts.later, { day: dayInWords(day, today, locale) });
  return formatText(day === today ? texts.today : texts.passed, { day: dayInWords(today, today, locale) });
}
