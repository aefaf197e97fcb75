import { formatText } from '../../../i18n/format';
import { reminderIcs } from '../../ical';
import { parseDay, reminderDay, type ReminderOffset } from '../../reminder-date';
import { dayInWords, localToday } from '../../../message/day-in-words';
import { sendDayText, type SendDayTexts } from '../../../message/send-day-text';
import { googleCalendarUrl, outlookCalendarUrl } from '../../../message/calendar-links';
import { downloadText } from '../download';

/**
 * The reminder: the reader gives the date it counts from (their promised day, the day of their
 * message…) and the reminder day follows from it; they can still change it.
 */
export function connectReminder(section: HTMLElement, title: string, company: () => string): void {
  const fromInput = section.querySelector<HTMLInputElement>('[data-reminder-from]')!;
  const dateInput = section.querySelector<HTMLInputElement>('[data-reminder-date]')!;
  const status = section.querySelector<HTMLElement>('[data-reminder-status]')!;
  const offset = JSON.parse(section.dataset.reminderAfter ?? '{"workingDays":2}') as ReminderOffset;
  const locale = section.dataset.locale ?? document.documentElement.lang;
  const today = localToday();
  dateInput.min = today;
  // When to send, in words, from the date the reader gives ("Send it today, Tuesday 8 December").
  const sendDay = section.querySelector<HTMLElement>('[data-send-day]');
  const sayWhen = () => {
    if (!sendDay) return;
    const day = reminderDay(fromInput.value, offset);
    sendDay.textContent = day ? sendDayText(day, today, locale, JSON.parse(sendDay.dataset.texts!) as SendDayTexts) : '';
  };
  // A date to count from that gives no day (a year past 9999) leaves none: the day its first
  // digits gave, typed on the way (2757 of 275760), would be a reminder the reader never chose.
  const fromRefused = () => fromInput.value !== '' && !reminderDay(fromInput.value, offset);
  /** The reminder day from the reader's date: today, when the day counted from it has passed. */
  const remindOn = () => {
    const day = reminderDay(fromInput.value, offset);
    return day && (day < today ? today : day);
  };
  const button = section.querySelector<HTMLElement>('[data-reminder-download]')!;
  const text = (name: string, params?: Record<string, string>) => formatText(button.dataset[name] ?? '', params);
  /** The reminder as an event: what to do, to whom, and where the message waits. */
  const event = () => {
    const who = company().trim();
    return {
      summary: who ? text('eventToText', { title, company: who }) : text('eventText', { title }),
      description: text('eventDetailText', { url: `${location.origin}${location.pathname}` }),
    };
  };
  // Links to the reader's web calendars, for a day from today on (plain links: nothing is sent until followed).
  const links = section.querySelector<HTMLElement>('[data-calendar-links]');
  const refreshLinks = () => {
    if (!links) return;
    const day = dateInput.value;
    links.hidden = !parseDay(day) || day < today;
    if (links.hidden) return;
    const { summary, description } = event();
    const filled = { day, title: summary, details: description };
    links.querySelector<HTMLAnchorElement>('[data-calendar="google"]')!.href = googleCalendarUrl(filled);
    links.querySelector<HTMLAnchorElement>('[data-calendar="outlook"]')!.href = outlookCalendarUrl(filled);
  };
  dateInput.addEventListener('input', refreshLinks);
  dateInput.addEventListener('change', refreshLinks);
  // The company may be typed after the day is chosen: the links read it when followed.
  links?.addEventListener('pointerdown', refreshLinks);
  links?.addEventListener('focusin', refreshLinks);

  // In a waiting message's card, the reminder day and download appear once the reader reaches for their date.
  const rest = section.querySelector<HTMLElement>('[data-reminder-rest]')!;
  const showRest = () => (rest.hidden = false);
  fromInput.addEventListener('focus', showRest);
  // (Its focus may have come before this script did.)
  if (fromInput.value || dateInput.value || document.activeElement === fromInput) showRest();
  fromInput.addEventListener('change', () => {
    const day = remindOn();
    if (day) dateInput.value = day;
    else if (fromRefused()) dateInput.value = '';
    sayWhen();
    refreshLinks();
  });
  // Keep dates the reader chose before the tools loaded.
  if (fromInput.value && !dateInput.value) dateInput.value = remindOn() ?? '';
  sayWhen();
  refreshLinks();

  button.addEventListener('click', () => {
    if (!dateInput.value && fromRefused()) {
      status.textContent = text('badDateText');
      fromInput.focus();
      return;
    }
    const problem = !dateInput.value
      ? text('noDateText')
      : !parseDay(dateInput.value)
        ? text('badDateText')
        : dateInput.value < today
          ? text('pastDateText')
          : undefined;
    if (problem) {
      status.textContent = problem;
      dateInput.focus();
      return;
    }
    const page = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
    const ics = reminderIcs({
      date: dateInput.value,
      ...event(),
      url: `${location.origin}${new URL(page).pathname}`,
      now: new Date(),
      uid: `${crypto.randomUUID()}@after-the-no`,
    });
    downloadText(ics, `${button.dataset.fileName ?? 'reminder'}.ics`, 'text/calendar;charset=utf-8');
    status.textContent = text('savedText', { date: dayInWords(dateInput.value, today, locale) });
  });
}
